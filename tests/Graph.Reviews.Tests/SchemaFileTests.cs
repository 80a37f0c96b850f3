using FluentAssertions;
using Graph.Reviews.Tests.Support;
using Graph.ServiceDefaults;
using Graph.Testing.Http;
using Graph.Testing.Schema;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Reviews.Tests;

/// <summary>The checked-in <c>schema/subgraphs/reviews.graphql</c> is what the code serves; the HTTP endpoint conforms.</summary>
[Collection(ReviewsCollection.Name)]
public sealed class SchemaFileTests(ReviewsFixture system, ITestOutputHelper output)
{
    [Fact]
    public void The_Checked_In_Sdl_Should_Equal_The_Schema_The_Code_Serves()
    {
        CheckedInSdl.AssertCurrent(system.Reviews.Services, "reviews", "subgraphs/Reviews");
    }

    [Fact]
    public void Every_Type_And_Field_Of_Reviews_Should_Be_Described()
    {
        var sdl = GraphQLCommandsExtensions.ExportSchema(system.Reviews.Services);

        SdlDescriptions.Undescribed(sdl).Should().BeEmpty();
    }

    [Fact]
    public void The_Graphql_Http_Audit_Should_Pass_Every_Must_Should_And_May_Against_Reviews()
    {
        GraphQLHttpAudit.AssertConforms(system.Reviews.GraphQLEndpoint, output.WriteLine);
    }

    [Fact]
    public async Task Apollo_Entities_Should_Resolve_Products_With_Their_Reviews_Fields()
    {
        var product = Guid.NewGuid();
        var (_, token) = system.NewCustomer();
        await system.Reviews.AddAsync(token, product, 5);

        using var response = await system.Reviews.PostAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Product { id ratingSummary { count average } } }
            }
            """,
            new { representations = new[] { new { __typename = "Product", id = product } } });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("_entities")[0].GetProperty("ratingSummary").GetProperty("count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Apollo_Entities_Should_Resolve_Reviews_By_Id_And_Hide_A_Hidden_One_From_Non_Admins()
    {
        var (_, token) = system.NewCustomer();
        var visible = await system.Reviews.AddAsync(token, Guid.NewGuid(), 4, "Visible");
        var hidden = await system.Reviews.AddAsync(token, Guid.NewGuid(), 1, "Hidden");
        using (var hide = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = hidden } }, system.AdminToken()))
        {
            hide.Get("hideReview", "errors").GetArrayLength().Should().Be(0, hide.Body);
        }

        using var response = await system.Reviews.PostAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Review { id title } }
            }
            """,
            new { representations = new[] { new { __typename = "Review", id = visible }, new { __typename = "Review", id = hidden } } },
            token);

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("_entities")[0].GetProperty("title").GetString().Should().Be("Visible");
        response.Get("_entities")[1].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
