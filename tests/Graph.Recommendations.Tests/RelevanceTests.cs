using FluentAssertions;
using Graph.Recommendations.Tests.Support;
using Xunit;

namespace Graph.Recommendations.Tests;

/// <summary>
/// Issue 8's relevance check on synthetic purchase histories with planted co-purchase patterns: 8 groups of 6
/// products, each bought 5 of 6 at a time by 8 shoppers of the group, amid noise (one product from a pool of 40 per
/// shopper) and two blockbusters a third of all shoppers buy. Everything arrives as Orders' events through Kafka.
/// </summary>
public sealed class RelevanceTests(RelevanceTests.History system) : IClassFixture<RelevanceTests.History>
{
    private const int Groups = 8;
    private const int GroupSize = 6;
    private const int ShoppersPerGroup = 8;

    /// <summary>The service with the synthetic history delivered once for the whole class.</summary>
    public sealed class History : RecommendationsFixture
    {
        private readonly List<Guid[]> _groupsOfProducts = [];
        private readonly List<(Guid User, Guid[] Bought, Guid Missing, int Group)> _shoppers = [];

        public IReadOnlyList<Guid[]> GroupsOfProducts => _groupsOfProducts;

        public IReadOnlyList<(Guid User, Guid[] Bought, Guid Missing, int Group)> Shoppers => _shoppers;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var events = new UpstreamEvents(this);
            var random = new Random(20260801);
            var noise = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
            var blockbusters = new[] { Guid.NewGuid(), Guid.NewGuid() };
            var envelopes = new List<Guid>();
            for (var g = 0; g < Groups; g++)
            {
                _groupsOfProducts.Add(Enumerable.Range(0, GroupSize).Select(_ => Guid.NewGuid()).ToArray());
            }

            for (var g = 0; g < Groups; g++)
            {
                for (var s = 0; s < ShoppersPerGroup; s++)
                {
                    var user = Guid.NewGuid();
                    var missing = _groupsOfProducts[g][random.Next(GroupSize)];
                    var planted = _groupsOfProducts[g].Where(p => p != missing).OrderBy(_ => random.Next()).ToArray();
                    var extra = new List<Guid> { noise[random.Next(noise.Length)] };
                    extra.AddRange(blockbusters.Where(_ => random.Next(3) == 0));
                    // Two orders: the planted pattern spans orders (co-purchase counts distinct buyers, not baskets).
                    envelopes.AddRange(await events.PaidOrderAsync(user, planted[..3]));
                    envelopes.AddRange(await events.PaidOrderAsync(user, [.. planted[3..], .. extra]));
                    _shoppers.Add((user, [.. planted, .. extra], missing, g));
                }
            }

            await WaitProcessedAsync(envelopes);
        }
    }

    [Fact]
    public async Task Product_Recommended_Should_Recover_The_Planted_Co_Purchase_Groups_With_Precision_At_5_Of_At_Least_0_8()
    {
        var hits = 0;
        var slots = 0;
        foreach (var group in system.GroupsOfProducts)
        {
            foreach (var product in group)
            {
                var top5 = await system.Recommendations.RecommendedAsync(product, 5);
                top5.Should().NotContain(product, "a product is never recommended for itself");
                hits += top5.Count(group.Contains);
                slots += 5;
            }
        }

        var precision = (double)hits / slots;
        precision.Should().BeGreaterThanOrEqualTo(0.8, $"{hits} of {slots} recommendations are planted partners");
    }

    [Fact]
    public async Task User_Recommendations_Should_Never_Contain_What_The_User_Bought_And_Should_Rank_The_Missing_Group_Product_First()
    {
        var firstIsMissing = 0;
        foreach (var (user, bought, missing, _) in system.Shoppers)
        {
            var top5 = await system.Recommendations.RecommendationsAsync(user, system.TokenOf(user), 5);
            top5.Should().HaveCount(5);
            top5.Should().NotIntersectWith(bought);
            if (top5[0] == missing)
            {
                firstIsMissing++;
            }
        }

        ((double)firstIsMissing / system.Shoppers.Count).Should().BeGreaterThanOrEqualTo(0.8, $"{firstIsMissing} of {system.Shoppers.Count} shoppers get their group's missing product first");
    }

    [Fact]
    public async Task Recommendations_For_Many_Products_Should_Come_From_One_Request()
    {
        // Aliased fields of one request are batched by the DataLoader; every product still gets its own ranking.
        var products = system.GroupsOfProducts.Select(g => g[0]).ToArray();
        var query = "query { " + string.Join(" ", products.Select((p, i) => $"p{i}: productById(id: \"{p}\") {{ recommended(first: 3) {{ id }} }}")) + " }";
        using var response = await system.Recommendations.PostAsync(query, new { });
        response.Errors.Should().BeEmpty(response.Body);
        for (var i = 0; i < products.Length; i++)
        {
            var ids = response.Get($"p{i}", "recommended").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
            ids.Should().HaveCount(3).And.NotContain(products[i]);
            ids.Count(system.GroupsOfProducts[i].Contains).Should().BeGreaterThanOrEqualTo(2);
        }
    }
}
