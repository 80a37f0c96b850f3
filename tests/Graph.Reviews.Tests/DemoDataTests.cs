using FluentAssertions;
using Graph.Reviews.DemoData;
using Graph.Reviews.Infrastructure;
using Graph.Reviews.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>The demo reviews: by the Users demo customers on Catalog demo products, spread over the ratings, seeded once.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class DemoDataTests(ReviewsFixture system)
{
    private static readonly Guid Alice = new("0193a000-0000-7000-8000-000000000101");

    [Fact]
    public void Demo_Products_Should_Have_The_Ids_The_Catalog_Demo_Data_Gives_Them()
    {
        // The id subgraphs/Catalog/DemoData/README.md publishes for this SKU.
        NameBasedGuid.CatalogProduct("LAP-LUM-AIR13").Should().Be(new Guid("1d1e35ee-c01c-5b05-9d83-9df0df60dedb"));
        DemoReviews.Products().Select(p => p.Sku).Should().Contain(["LAP-LUM-AIR13", "SMA-KES-FOLD", "HEA-BAS-SPLP"]);
        DemoReviews.Products().Should().HaveCount(40).And.OnlyHaveUniqueItems(p => p.Sku);
    }

    [Fact]
    public async Task The_Seeded_Reviews_Should_Be_Served_With_Every_Rating_Present()
    {
        var expected = ReviewsDemoData.Reviews().ToList();
        var product = expected[0].ProductId;

        var summary = await system.Reviews.SummaryAsync(product);

        summary.Count.Should().Be(expected.Count(r => r.ProductId == product));
        expected.Select(r => r.Rating).Distinct().Should().BeEquivalentTo([1, 2, 3, 4, 5]);
        expected.GroupBy(r => (r.ProductId, r.AuthorId)).Should().AllSatisfy(g => g.Should().HaveCount(1));
        using var response = await system.Reviews.PostAsync(
            "query($id: ID!) { userById(id: $id) { reviews(first: 50) { nodes { id } } } }", new { id = Alice });
        response.Get("userById", "reviews", "nodes").GetArrayLength().Should().Be(expected.Count(r => r.AuthorId == Alice));
    }

    [Fact]
    public async Task Seeding_Twice_Should_Change_Nothing()
    {
        using var scope = system.Reviews.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReviewsDb>();
        var ids = ReviewsDemoData.Reviews().Select(r => r.Id).ToList();
        var before = await db.Reviews.CountAsync(r => ids.Contains(r.Id));

        await new ReviewsDemoData().SeedAsync(db, CancellationToken.None);

        (await db.Reviews.CountAsync(r => ids.Contains(r.Id))).Should().Be(before).And.Be(ids.Count);
    }
}
