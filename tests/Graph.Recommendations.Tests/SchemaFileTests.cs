using FluentAssertions;
using Graph.Recommendations.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Http;
using Graph.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Recommendations.Tests;

/// <summary>The checked-in <c>schema/subgraphs/recommendations.graphql</c> is what the code serves; the HTTP endpoint conforms.</summary>
public sealed class SchemaFileTests(RecommendationsFixture system, ITestOutputHelper output) : IClassFixture<RecommendationsFixture>
{
    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(system.Recommendations.Services, "recommendations", "subgraphs/Recommendations");
    }

    [Fact]
    public void Every_Type_And_Field_Of_Recommendations_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(system.Recommendations.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Recommendations()
    {
        GraphQLHttpAudit.AssertConforms(system.Recommendations.GraphQLEndpoint, output.WriteLine);
    }

    [Fact]
    public async Task Apollo_Entities_Should_Resolve_Products_With_Their_Recommendations()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        await system.WaitProcessedAsync(await new UpstreamEvents(system).PaidOrderAsync(Guid.NewGuid(), [a, b]));

        using var response = await system.Recommendations.PostAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Product { id recommended(first: 5) { id } } }
            }
            """,
            new { representations = new[] { new { __typename = "Product", id = a }, new { __typename = "Product", id = b } } });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("_entities")[0].GetProperty("recommended")[0].GetProperty("id").GetGuid().Should().Be(b);
        response.Get("_entities")[1].GetProperty("recommended")[0].GetProperty("id").GetGuid().Should().Be(a);
    }
}
