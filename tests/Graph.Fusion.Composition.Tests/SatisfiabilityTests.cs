using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

/// <summary>Spec 4.5 "Validate Satisfiability" beyond the rule's basic cases: lookups, keys, requirements, cycles.</summary>
public sealed class SatisfiabilityTests
{
    private const string Users = "type Query { userById(id: ID!): User @lookup me: User } type User @key(fields: \"id\") { id: ID! name: String! }";

    [Fact]
    public void Fields_Of_Another_Schema_Should_Be_Reachable_Through_Its_Lookup_And_Back_In_A_Cycle()
    {
        var orders = "type Query { userById(id: ID!): User @lookup @internal order(id: ID!): Order } "
            + "type User @key(fields: \"id\") { id: ID! orders: [Order!]! } type Order { id: ID! user: User! }";

        var result = Compose.Schemas(("users", Users), ("orders", orders));

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_Lookup_Whose_Key_The_Parent_Schema_Cannot_Supply_Should_Make_The_Path_Unsatisfiable()
    {
        // Orders can only be looked up by number, which Users does not know: User.orders is reachable from Users'
        // fields only if Orders can find the user by what Users has.
        var orders = "type Query { userByEmail(email: String!): User @lookup @internal } type User { email: String! orders: [String!]! }";

        var result = Compose.Schemas(("users", Users), ("orders", orders));

        result.Errors.Should().Contain(e => e.Code == "UNSATISFIABLE_QUERY_PATH" && e.Message.Contains("'User.orders'") && e.Message.Contains("'orders'"));
    }

    [Fact]
    public void A_Require_Satisfied_By_Another_Schema_Should_Be_Satisfiable()
    {
        var catalog = "type Query { productById(id: ID!): Product @lookup } type Product @key(fields: \"id\") { id: ID! weight: Float! }";
        var shipping = "type Query { productById(id: ID!): Product @lookup @internal } "
            + "type Product @key(fields: \"id\") { id: ID! estimate(weight: Float! @require(field: \"weight\")): Int }";

        var result = Compose.Schemas(("catalog", catalog), ("shipping", shipping));

        result.Errors.Should().BeEmpty();
        result.ComposedSchema!.PrintClientSchema().Should().Contain("  estimate: Int\n");
    }

    [Fact]
    public void A_Require_On_A_Field_Only_The_Same_Schema_Has_Should_Be_Reported()
    {
        var catalog = "type Query { productById(id: ID!): Product @lookup } type Product @key(fields: \"id\") { id: ID! }";
        var shipping = "type Query { productById(id: ID!): Product @lookup @internal } "
            + "type Product @key(fields: \"id\") { id: ID! weight: Float! estimate(weight: Float! @require(field: \"weight\")): Int }";

        var result = Compose.Schemas(("catalog", catalog), ("shipping", shipping));

        result.Errors.Should().Contain(e => e.Code == "REQUIRE_INVALID_FIELDS" && e.Subgraphs.Contains("shipping"));
    }
}
