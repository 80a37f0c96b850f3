using FluentAssertions;
using Graph.Types;
using Xunit;

namespace Graph.AspNetCore.Tests.Federation;

/// <summary><c>_service { sdl }</c>: the subgraph's schema in Apollo Federation v2 SDL.</summary>
public sealed class FederationSdlTests
{
    [Fact]
    public async Task Service_Sdl_Should_Be_The_Federation_Sdl_Of_The_Code_First_Subgraph()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);

        var sdl = await host.ServiceSdlAsync();

        // Federation additions, built-ins, @lookup and @authorize (with its ApplyPolicy enum) are left out; Supplier has
        // no lookup here, so its key is not resolvable by this subgraph.
        sdl.Should().Be(
            """"
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

            type Query {
              """The product with this id."""
              productById(id: ID!): Product
              """The category with this id."""
              categoryById(id: ID!): Category
              """Every product."""
              products: [Product!]!
            }

            """A product of the catalog."""
            type Product @key(fields: "id") {
              id: ID!
              name: String!
              category: Category
              supplier: Supplier!
              """Internal purchasing note."""
              supplierNote: String!
            }

            """A group of products."""
            type Category @key(fields: "id") {
              id: ID!
              name: String!
            }

            """Who delivers a product; resolved with its product only."""
            type Supplier @key(fields: "id", resolvable: false) {
              id: ID!
            }
            """");
    }

    [Fact]
    public async Task Service_Sdl_Should_Leave_Out_Internal_Lookups()
    {
        await using var host = await FederationTestHost.StartAsync(ReviewsSubgraph.Types);

        var sdl = await host.ServiceSdlAsync();

        // Query.productById is [Lookup, Internal]: _entities uses it, the Federation SDL does not show it.
        sdl.Should().Be(
            """"
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

            type Query {
              """The latest reviews."""
              reviews: [Review!]!
            }

            type Product @key(fields: "id") {
              id: ID!
              """What customers wrote about the product."""
              reviews: [Review!]!
            }

            """A customer's opinion of a product."""
            type Review {
              id: ID!
              body: String!
              product: Product!
            }
            """");
    }

    [Fact]
    public async Task Composite_Schema_Export_Should_Keep_The_Federation_Additions_Internal_Or_Inaccessible()
    {
        await using var host = await FederationTestHost.StartAsync(CatalogSubgraph.Types);

        var lines = SchemaPrinter.Print(host.Executor.Schema).Split('\n').Select(l => l.Trim()).ToArray();

        lines.Should().Contain([
            "_service: _Service! @internal",
            "_entities(representations: [_Any!]!): [_Entity]! @internal",
            "scalar _Any @inaccessible",
            "type _Service @internal {",
            "union _Entity @inaccessible = Product | Category | Supplier",
        ]);
    }
}
