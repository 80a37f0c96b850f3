using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

public sealed class SchemaDiffTests
{
    private const string Before = """
        type Query { product(id: ID!): Product products(first: Int): [Product!]! }
        type Product { id: ID! name: String! price: Float tags: [String!] status: Status }
        enum Status { ACTIVE RETIRED }
        union Result = Product | Other
        type Other { id: ID! }
        input Filter { name: String minPrice: Float! }
        """;

    [Fact]
    public void The_Same_Schema_Should_Have_No_Breaking_Changes() =>
        SchemaDiff.BreakingChanges(Before, Before).Should().BeEmpty();

    [Fact]
    public void Additions_And_Safe_Type_Changes_Should_Not_Break_Clients()
    {
        var after = """
            type Query { product(id: ID!, locale: String): Product products(first: Int): [Product!]! reviews: [String] }
            type Product { id: ID! name: String! price: Float! tags: [String!]! status: Status weight: Int }
            enum Status { ACTIVE RETIRED DRAFT }
            union Result = Product | Other
            type Other { id: ID! }
            type New { id: ID! }
            input Filter { name: String minPrice: Float maxPrice: Float }
            """;

        SchemaDiff.BreakingChanges(Before, after).Should().BeEmpty();
    }

    [Fact]
    public void Removals_Should_Be_Breaking_Changes()
    {
        var after = """
            type Query { product: Product }
            type Product { id: ID! name: String! price: Float tags: [String!] status: Status }
            enum Status { ACTIVE }
            union Result = Product
            input Filter { minPrice: Float! }
            """;

        SchemaDiff.BreakingChanges(Before, after).Select(c => c.ToString()).Should().BeEquivalentTo(
            "Query.product(id:): the argument was removed",
            "Query.products: the field was removed",
            "Status.RETIRED: the enum value was removed",
            "Result: the member 'Other' was removed from the union",
            "Other: the object 'Other' was removed",
            "Filter.name: the input field was removed");
    }

    [Fact]
    public void Incompatible_Type_Changes_And_New_Required_Inputs_Should_Be_Breaking_Changes()
    {
        var after = """
            type Query { product(id: ID!, region: String!): Product products(first: Int!): [Product!]! }
            type Product { id: ID! name: String price: Int tags: String status: Status }
            enum Status { ACTIVE RETIRED }
            union Result = Product | Other
            type Other { id: ID! }
            input Filter { name: String minPrice: Float! currency: String! }
            """;

        SchemaDiff.BreakingChanges(Before, after).Select(c => c.ToString()).Should().BeEquivalentTo(
            "Query.product(region:): the required argument 'region' was added",
            "Query.products(first:): the type changed from 'Int' to 'Int!'",
            "Product.name: the type changed from 'String!' to 'String'",
            "Product.price: the type changed from 'Float' to 'Int'",
            "Product.tags: the type changed from '[String!]' to 'String'",
            "Filter.currency: the required input field 'currency' was added");
    }

    [Fact]
    public void A_Type_Whose_Kind_Changed_Should_Be_A_Breaking_Change() =>
        SchemaDiff.BreakingChanges("type Query { a: A } type A { id: ID }", "type Query { a: A } interface A { id: ID }")
            .Should().ContainSingle(c => c.Coordinate == "A" && c.Description.Contains("object"));
}
