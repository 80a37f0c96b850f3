using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Authorization;
using Graph.Execution.Federation;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary><c>_entities(representations:)</c> of the code-first catalog subgraph, as a Federation gateway calls it.</summary>
public sealed class EntitiesTests
{
    private const string EntitiesQuery = """
        query Entities($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Product { id name }
            ... on Category { id name }
          }
        }
        """;

    [Fact]
    public async Task Entities_Should_Resolve_Mixed_Typenames_In_Order_With_One_Batch_Per_Type()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        object[] representations =
        [
            new Dictionary<string, string> { ["__typename"] = "Product", ["id"] = "p3" },
            new Dictionary<string, string> { ["__typename"] = "Category", ["id"] = "c2" },
            new Dictionary<string, string> { ["__typename"] = "Product", ["id"] = "p1" },
            new Dictionary<string, string> { ["__typename"] = "Category", ["id"] = "c1" },
            new Dictionary<string, string> { ["__typename"] = "Product", ["id"] = "p2" },
        ];

        var response = await host.PostAsync(EntitiesQuery, new { representations });

        response.GetRawText().Should().Be(
            """{"data":{"_entities":[{"__typename":"Product","id":"p3","name":"Kettle"},{"__typename":"Category","id":"c2","name":"Tea"},"""
            + """{"__typename":"Product","id":"p1","name":"Espresso machine"},{"__typename":"Category","id":"c1","name":"Coffee"},"""
            + """{"__typename":"Product","id":"p2","name":"Grinder"}]}}""");
        host.Data.Batches.Select(b => $"{b.Loader}: {string.Join(",", b.Keys)}").Should().BeEquivalentTo(
            "ProductByIdLoader: p3,p1,p2",
            "CategoryByIdLoader: c2,c1");
    }

    [Fact]
    public async Task Entities_Should_Give_Null_For_A_Missing_Entity_And_An_Error_At_The_Index_Of_Each_Bad_Representation()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        object[] representations =
        [
            new { __typename = "Product", id = "p1" },
            new { __typename = "Product", id = "p404" },
            new { __typename = "Review", id = "r1" },
            new { __typename = "Product" },
            new { id = "p1" },
            "p1",
            new { __typename = "Supplier", id = "s1" },
            new { __typename = "Category", id = new { nested = true } },
            new { __typename = "Category", id = "c1" },
        ];

        var response = AuthorizationResult.Parse(await host.ExecuteAsync(EntitiesQuery, new { representations }));

        response.Data.Should().Be(
            """{"_entities":[{"__typename":"Product","id":"p1","name":"Espresso machine"},null,null,null,null,null,null,null,"""
            + """{"__typename":"Category","id":"c1","name":"Coffee"}]}""");
        response.Errors.Should().Equal(
            "_entities.2 FEDERATION_UNKNOWN_TYPENAME",
            "_entities.3 FEDERATION_INVALID_REPRESENTATION",
            "_entities.4 FEDERATION_INVALID_REPRESENTATION",
            "_entities.5 FEDERATION_INVALID_REPRESENTATION",
            "_entities.6 FEDERATION_ENTITY_NOT_RESOLVABLE",
            "_entities.7 FEDERATION_INVALID_REPRESENTATION");
    }

    [Fact]
    public async Task Entities_Should_Explain_What_Is_Wrong_With_A_Representation()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        object[] representations = [new { __typename = "Product", sku = "x" }, new { __typename = "Review" }, new { __typename = "Supplier", id = "s1" }];

        var response = JsonDocument.Parse(await host.ExecuteAsync(EntitiesQuery, new { representations })).RootElement;

        response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()).Should().Equal(
            "The representation of \"Product\" lacks the key fields of its lookups: id.",
            "\"Review\" is not an entity type of this subgraph.",
            "The entity type \"Supplier\" has no @lookup field on the query type that this subgraph resolves it by.");
    }

    [Fact]
    public async Task Entities_Should_Refuse_More_Representations_Than_The_Limit()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types, new FederationOptions { MaxRepresentations = 2 });
        object[] two = [new { __typename = "Product", id = "p1" }, new { __typename = "Product", id = "p2" }];
        object[] three = [.. two, new { __typename = "Product", id = "p3" }];

        var refused = JsonDocument.Parse(await host.ExecuteAsync(EntitiesQuery, new { representations = three })).RootElement;
        var batchesAfterRefusal = host.Data.Batches.Count;
        var accepted = AuthorizationResult.Parse(await host.ExecuteAsync(EntitiesQuery, new { representations = two }));

        refused.GetProperty("data").ValueKind.Should().Be(JsonValueKind.Null);
        var error = refused.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("message").GetString().Should().Be("_entities accepts at most 2 representations per request; 3 were given.");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("FEDERATION_TOO_MANY_REPRESENTATIONS");
        batchesAfterRefusal.Should().Be(0, "no lookup runs for a refused request");
        accepted.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Entities_Limit_Should_Count_Every_Entities_Field_Of_The_Request()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types, new FederationOptions { MaxRepresentations = 2 });
        const string Aliased = """
            query($one: [_Any!]!, $two: [_Any!]!) {
              first: _entities(representations: $one) { __typename }
              second: _entities(representations: $two) { __typename }
            }
            """;
        object[] one = [new { __typename = "Category", id = "c1" }];
        object[] two = [new { __typename = "Product", id = "p1" }, new { __typename = "Product", id = "p2" }];

        var result = AuthorizationResult.Parse(await host.ExecuteAsync(Aliased, new { one, two }));

        result.Data.Should().Be("null");
        result.Errors.Should().Equal("second FEDERATION_TOO_MANY_REPRESENTATIONS");
    }

    [Theory]
    [InlineData(null, "AUTH_NOT_AUTHENTICATED")]
    [InlineData("user", "AUTH_NOT_AUTHORIZED")]
    [InlineData("admin", null)]
    public async Task Entities_Should_Apply_Field_Authorization_As_The_Lookup_Does(string? role, string? deniedCode)
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);
        var user = role is null ? null : SecureSchema.User("caller", [role]);
        const string ThroughEntities = """
            query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { name supplierNote } } }
            """;

        var entities = AuthorizationResult.Parse(await host.ExecuteAsync(
            ThroughEntities, new { representations = new[] { new { __typename = "Product", id = "p2" } } }, user));
        var lookup = AuthorizationResult.Parse(await host.ExecuteAsync("""{ productById(id: "p2") { name supplierNote } }""", user: user));

        if (deniedCode is null)
        {
            entities.Data.Should().Be("""{"_entities":[{"name":"Grinder","supplierNote":"Discontinued in 2027"}]}""");
            lookup.Data.Should().Be("""{"productById":{"name":"Grinder","supplierNote":"Discontinued in 2027"}}""");
            entities.Errors.Should().BeEmpty();
        }
        else
        {
            // supplierNote is String!: the denial nulls the entity, at its index, as it nulls the lookup's result.
            entities.Data.Should().Be("""{"_entities":[null]}""");
            lookup.Data.Should().Be("""{"productById":null}""");
            entities.Errors.Should().Equal($"_entities.0.supplierNote {deniedCode}");
            lookup.Errors.Should().Equal($"productById.supplierNote {deniedCode}");
        }
    }
}
