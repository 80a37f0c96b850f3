using FluentAssertions;
using Graph.Testing.Snapshots;
using Graph.Types;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

/// <summary>The two outputs of docs/fusion.md for a small catalog/orders/reviews example, as snapshots.</summary>
public sealed class OutputTests
{
    private const string Catalog = """
        type Query {
          "A product by id."
          productById(id: ID!): Product @lookup
          products(first: Int = 10): [Product!]!
        }

        "Something to buy."
        type Product @key(fields: "id") {
          id: ID!
          name: String!
          price: Money!
          category: Category
        }

        type Money @shareable {
          amount: Float!
          currency: String!
        }

        enum Category {
          BOOKS
          GAMES
          SECRET @inaccessible
        }
        """;

    private const string Orders = """
        type Query {
          order(id: ID!): Order
          productById(id: ID!): Product @lookup @internal
        }

        type Mutation {
          placeOrder(input: PlaceOrderInput!): Order
        }

        input PlaceOrderInput {
          productId: ID!
          quantity: Int! = 1
        }

        type Order @key(fields: "id") {
          id: ID!
          total: Money!
          lines: [OrderLine!]!
        }

        type OrderLine {
          product: Product!
          quantity: Int!
        }

        type Product @key(fields: "id") {
          id: ID!
          shippingEstimate(weight: Float @require(field: "weight")): Int
        }

        type Money @shareable {
          amount: Float!
          currency: String!
        }
        """;

    private const string Reviews = """
        type Query {
          productById(id: ID!): Product @lookup @internal
        }

        type Product @key(fields: "id") {
          id: ID!
          weight: Float
          reviews: [Review!]!
        }

        type Review {
          stars: Int!
          body: String @deprecated(reason: "Use text.")
          text: String
        }
        """;

    [Fact]
    public void The_Client_Schema_Should_Match_The_Snapshot_And_Build_With_The_Schema_Builder()
    {
        var client = ComposeExample().PrintClientSchema();

        Snapshot.Match(client);
        var built = new SchemaBuilder().AddSdl(client).Build();
        built.QueryType.Fields.Select(f => f.Name).Should().Equal("productById", "products", "order");
    }

    [Fact]
    public void The_Execution_Schema_Should_Match_The_Snapshot()
    {
        Snapshot.Match(ComposeExample().PrintExecutionSchema());
    }

    [Fact]
    public void Composing_Twice_Should_Print_The_Same_Text()
    {
        ComposeExample().PrintExecutionSchema().Should().Be(ComposeExample().PrintExecutionSchema());
    }

    private static ComposedSchema ComposeExample()
    {
        var result = Compose.Schemas(("catalog", Catalog), ("orders", Orders), ("reviews", Reviews));
        result.Errors.Should().BeEmpty();
        return result.ComposedSchema!;
    }
}
