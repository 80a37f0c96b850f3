using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests.CacheControl;

/// <summary>The source schemas' <c>@cacheControl</c> hints in the execution schema: the stricter wins.</summary>
public sealed class CacheHintMergeTests
{
    private const string Definitions = """
        enum CacheControlScope { PUBLIC PRIVATE }
        directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
        """;

    [Theory]
    [InlineData("@cacheControl(maxAge: 60)", "@cacheControl(maxAge: 30)", "@fusion__cacheControl(maxAge: 30)")]
    [InlineData("@cacheControl(maxAge: 10)", "@cacheControl(maxAge: 30, scope: PRIVATE)", "@fusion__cacheControl(maxAge: 10, scope: PRIVATE)")]
    [InlineData("@cacheControl(maxAge: 60, scope: PUBLIC)", "", "@fusion__cacheControl(maxAge: 60)")]
    [InlineData("@cacheControl(inheritMaxAge: true)", "@cacheControl(inheritMaxAge: true)", "@fusion__cacheControl(inheritMaxAge: true)")]
    [InlineData("@cacheControl(inheritMaxAge: true)", "@cacheControl(maxAge: 5)", "@fusion__cacheControl(maxAge: 5)")]
    [InlineData("@cacheControl(scope: PRIVATE)", "@cacheControl(maxAge: 5)", "@fusion__cacheControl(maxAge: 5, scope: PRIVATE)")]
    public void Hints_Of_A_Shared_Type_Should_Merge_To_The_Stricter(string inA, string inB, string expected)
    {
        var schema = Composed(
            $"type Query {{ productById(id: ID!): Product @lookup }} type Product @key(fields: \"id\") @shareable {inA} {{ id: ID! name: String! }} {Definitions}",
            $"type Query {{ productByKey(id: ID!): Product @lookup }} type Product @key(fields: \"id\") @shareable {inB} {{ id: ID! name: String! }} {Definitions}");

        var execution = schema.PrintExecutionSchema();

        execution.Should().MatchRegex("type Product [^{]*" + System.Text.RegularExpressions.Regex.Escape(expected) + "[^{]*\\{");
    }

    [Fact]
    public void Field_Hints_Should_Be_Kept_On_Their_Fields_And_Out_Of_The_Client_Schema()
    {
        var schema = Composed(
            $"type Query {{ me: User @cacheControl(maxAge: 20, scope: PRIVATE) userById(id: ID!): User @lookup }} type User @key(fields: \"id\") @cacheControl(maxAge: 60) {{ id: ID! email: String @cacheControl(scope: PRIVATE) name: String! }} {Definitions}",
            "type Query { orders: [Order!]! } type Order { id: ID! }");

        var execution = schema.PrintExecutionSchema();
        var client = schema.PrintClientSchema();

        execution.Should().Contain("me: User @fusion__field(schema: A) @fusion__cacheControl(maxAge: 20, scope: PRIVATE)");
        execution.Should().Contain("email: String @fusion__field(schema: A) @fusion__cacheControl(scope: PRIVATE)");
        execution.Should().Contain("directive @fusion__cacheControl(");
        execution.Should().MatchRegex("type Order [^{]*\\{").And.NotMatchRegex("type Order [^{]*cacheControl");
        client.Should().NotContain("cacheControl").And.NotContain("CacheControlScope");
    }

    [Fact]
    public void A_Field_Of_A_Hinted_Type_Resolved_Only_By_A_Schema_Without_Hints_Should_Get_Max_Age_Zero()
    {
        var schema = Composed(
            $"type Query {{ userById(id: ID!): User @lookup }} type User @key(fields: \"id\") @cacheControl(maxAge: 60) {{ id: ID! name: String! }} {Definitions}",
            "type Query { userById(id: ID!): User @lookup @internal } type User @key(fields: \"id\") { id: ID! unreadCount: Int! }");

        var execution = schema.PrintExecutionSchema();

        execution.Should().Contain("unreadCount: Int! @fusion__field(schema: B) @fusion__cacheControl(maxAge: 0)");
        execution.Should().Contain("name: String! @fusion__field(schema: A)\n");
    }

    [Fact]
    public void Source_Schemas_Without_Hints_Should_Print_No_Cache_Control_Definitions()
    {
        var schema = Composed("type Query { a: String }");

        schema.PrintExecutionSchema().Should().NotContain("cacheControl");
    }

    [Fact]
    public void The_Stricter_Hint_Should_Take_The_Smaller_Max_Age_And_Private_Scope()
    {
        CacheHint.Stricter(new CacheHint(60, false, false), new CacheHint(30, false, false)).Should().Be(new CacheHint(30, false, false));
        CacheHint.Stricter(new CacheHint(10, false, false), new CacheHint(null, true, true)).Should().Be(new CacheHint(10, true, false));
        CacheHint.Stricter(new CacheHint(null, false, true), new CacheHint(null, false, true)).Should().Be(new CacheHint(null, false, true));
    }

    private static ComposedSchema Composed(params string[] sdl)
    {
        var result = Compose.Sdl(sdl);
        result.Errors.Where(e => e.Severity == CompositionSeverity.Error).Should().BeEmpty();
        return result.ComposedSchema!;
    }
}
