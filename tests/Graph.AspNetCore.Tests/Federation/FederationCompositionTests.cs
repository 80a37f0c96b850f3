using System.Text.Json;
using FluentAssertions;
using Graph.Testing;
using Graph.Testing.Node;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary>
/// The <c>_service { sdl }</c> of two running subgraphs composes into one supergraph with The Guild's Apollo Federation
/// composition (npm <c>@theguild/federation-composition</c>, run by node on <c>js/compose.mjs</c>).
/// </summary>
public sealed class FederationCompositionTests
{
    internal static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "Graph.AspNetCore.Tests", "Federation", "js", "compose.mjs");

    [Fact]
    public async Task Service_Sdl_Of_Two_Subgraphs_Should_Compose_Without_Errors()
    {
        await using var catalog = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        await using var reviews = await FederationTestHost.StartAsync(ReviewsSubgraph.Types);
        var subgraphs = new[]
        {
            new { name = "catalog", url = catalog.Endpoint.ToString(), sdl = await catalog.ServiceSdlAsync() },
            new { name = "reviews", url = reviews.Endpoint.ToString(), sdl = await reviews.ServiceSdlAsync() },
        };

        // The second input proves the harness reports failures: Query.reviews in both subgraphs, not @shareable.
        var lines = NodeScript.RunJsonLines(Script, [
            JsonSerializer.Serialize(subgraphs),
            JsonSerializer.Serialize(new[] { subgraphs[1], subgraphs[1] with { name = "reviews-copy" } }),
        ]);

        var composed = JsonDocument.Parse(lines[0]).RootElement;
        composed.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).Should().BeEmpty();
        var publicSdl = composed.GetProperty("publicSdl").GetString();
        publicSdl.Should().Contain("reviews: [Review!]!").And.Contain("supplierNote: String!").And.Contain("type Product");
        publicSdl.Should().NotContain("_entities").And.NotContain("@lookup");

        var conflicting = JsonDocument.Parse(lines[1]).RootElement;
        conflicting.GetProperty("errors").GetArrayLength().Should().BeGreaterThan(0);
    }
}
