using FluentAssertions;
using Graph.Recommendations.DemoData;
using Graph.Recommendations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Recommendations.Tests;

/// <summary>The demo data <c>./graph up</c> loads makes recommendations non-trivial: the planted bundles come back.</summary>
public sealed class DemoDataTests(DemoRecommendationsFixture system) : IClassFixture<DemoRecommendationsFixture>
{
    private static readonly Guid Alice = new("0193a000-0000-7000-8000-000000000101");
    private static readonly Guid Eve = new("0193a000-0000-7000-8000-000000000105");

    [Fact]
    public async Task Each_Planted_Bundle_Product_Should_Recommend_The_Rest_Of_Its_Bundle_First()
    {
        foreach (var bundle in DemoOrders.Bundles.Select(b => b.Select(NameBasedGuid.CatalogProduct).ToArray()))
        {
            var top2 = await system.Recommendations.RecommendedAsync(bundle[0], 2);

            top2.Should().BeEquivalentTo(bundle[1..]);
        }
    }

    [Fact]
    public async Task Alice_Should_Get_Recommendations_Without_What_She_Bought_And_Eve_The_Top_Sellers()
    {
        var bought = DemoOrders.Orders().Where(o => o.UserId == Alice && !o.Refunded).SelectMany(o => o.Products).ToHashSet();

        var forAlice = await system.Recommendations.RecommendationsAsync(Alice, system.TokenOf(Alice), 5);
        var forEve = await system.Recommendations.RecommendationsAsync(Eve, system.TokenOf(Eve), 5);

        forAlice.Should().HaveCount(5).And.NotIntersectWith(bought);
        var topSellers = await system.RowsAsync("SELECT product_id FROM product_sales ORDER BY orders DESC, product_id LIMIT 5");
        forEve.Select(p => p.ToString()).Should().Equal(topSellers);
    }

    [Fact]
    public async Task Seeding_Twice_Should_Change_Nothing_And_Trending_Should_See_The_Recent_Demo_Orders()
    {
        var before = await system.DerivedStateAsync();
        await using (var scope = system.Recommendations.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.RecommendationsDb>();
            await new RecommendationsDemoData(TimeProvider.System).SeedAsync(db, CancellationToken.None);
        }

        (await system.DerivedStateAsync()).Should().Equal(before);
        (await system.Recommendations.TrendingAsync("MONTH", 5)).Should().HaveCount(5);
    }
}
