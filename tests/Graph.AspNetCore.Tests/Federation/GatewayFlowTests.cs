using FluentAssertions;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// What a Federation gateway does for <c>{ reviews { body product { name } } }</c> over the two sample subgraphs, done
/// by hand over real HTTP: the reviews subgraph returns product representations, the catalog subgraph resolves them.
/// </summary>
public sealed class GatewayFlowTests
{
    [Fact]
    public async Task Representations_From_One_Subgraph_Should_Resolve_In_The_Other()
    {
        await using var catalog = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        await using var reviews = await FederationTestHost.StartAsync(ReviewsSubgraph.Types);

        var fromReviews = await reviews.PostAsync("{ reviews { body product { __typename id } } }");
        var representations = fromReviews.GetProperty("data").GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("product")).ToArray();
        var fromCatalog = await catalog.PostAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { name } } }",
            new { representations });

        fromCatalog.GetRawText().Should().Be("""{"data":{"_entities":[{"name":"Espresso machine"},{"name":"Grinder"}]}}""");
    }

    [Fact]
    public async Task Entities_Should_Resolve_Through_An_Internal_Lookup()
    {
        await using var reviews = await FederationTestHost.StartAsync(ReviewsSubgraph.Types);

        var response = await reviews.PostAsync(
            "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { reviews { body } } } }",
            new { representations = new[] { new { __typename = "Product", id = "p2" }, new { __typename = "Product", id = "p3" } } });

        response.GetRawText().Should().Be("""{"data":{"_entities":[{"reviews":[{"body":"Loud"}]},{"reviews":[]}]}}""");
    }
}
