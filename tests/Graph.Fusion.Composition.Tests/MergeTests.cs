using FluentAssertions;
using Xunit;

namespace Graph.Fusion.Composition.Tests;

/// <summary>The merge algorithms of spec 4.3, observed through the printed client and execution schemas.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Output_Field_Types_Should_Merge_To_The_Least_Restrictive_Type()
    {
        var schema = Composed(
            "type Query { a: Product } type Product @key(fields: \"id\") @shareable { id: ID! name: String! tags: [String!]! }",
            "type Query { productById(id: ID!): Product @lookup } type Product @key(fields: \"id\") @shareable { id: ID! name: String tags: [String] }");

        var client = schema.PrintClientSchema();

        client.Should().Contain("  name: String\n").And.Contain("  tags: [String]\n");
        schema.PrintExecutionSchema().Should().Contain("name: String @fusion__field(schema: A, sourceType: \"String!\") @fusion__field(schema: B)");
    }

    [Fact]
    public void An_Object_And_A_Union_Containing_It_Should_Merge_To_The_Union()
    {
        var schema = Composed(
            "type Query { search: Result @shareable } union Result = Book | Film type Book @shareable { id: ID! } type Film @shareable { id: ID! }",
            "type Query { search: Book @shareable } type Book @shareable { id: ID! }");

        schema.PrintClientSchema().Should().Contain("  search: Result\n");
    }

    [Fact]
    public void Arguments_Should_Merge_To_The_Most_Restrictive_Type_And_Keep_The_First_Default()
    {
        var schema = Composed(
            "type Query { books(first: Int = 10, filter: String): [Book] @shareable } type Book @shareable { id: ID! }",
            "type Query { books(first: Int! = 20, filter: String): [Book] @shareable } type Book @shareable { id: ID! }");

        schema.PrintClientSchema().Should().Contain("books(first: Int! = 10, filter: String): [Book]");
    }

    [Fact]
    public void An_Argument_Missing_In_One_Schema_Should_Be_Left_Out()
    {
        var schema = Composed(
            "type Query { books(first: Int, language: String): [Book] @shareable } type Book @shareable { id: ID! }",
            "type Query { books(first: Int): [Book] @shareable } type Book @shareable { id: ID! }");

        schema.PrintClientSchema().Should().Contain("books(first: Int): [Book]");
    }

    [Fact]
    public void Enum_Values_Inaccessible_In_One_Schema_Should_Be_Hidden_From_Clients_And_Kept_For_Planning()
    {
        var schema = Composed(
            "type Query { a: Status } enum Status { OPEN CLOSED ARCHIVED @inaccessible }",
            "type Query { b: Status } enum Status { OPEN CLOSED }");

        schema.PrintClientSchema().Should().Contain("enum Status {\n  OPEN\n  CLOSED\n}");
        schema.PrintExecutionSchema().Should().Contain("ARCHIVED @fusion__enumValue(schema: A) @fusion__inaccessible");
    }

    [Fact]
    public void Union_Members_Should_Be_The_Union_Of_Every_Schemas_Members()
    {
        var schema = Composed(
            "type Query { a: Int } union Media = Book type Book { id: ID! }",
            "type Query { b: Int } union Media = Film type Film { id: ID! }");

        schema.PrintClientSchema().Should().Contain("union Media = Book | Film");
        schema.PrintExecutionSchema().Should().Contain("@fusion__unionMember(schema: A, member: \"Book\") @fusion__unionMember(schema: B, member: \"Film\")");
    }

    [Fact]
    public void Input_Types_Should_Keep_Only_Fields_Every_Schema_Defines_With_The_Most_Restrictive_Type()
    {
        var schema = Composed(
            "type Query { a(filter: Filter): Int } input Filter { name: String author: String }",
            "type Query { b(filter: Filter): Int } input Filter { name: String! year: Int }");

        schema.PrintClientSchema().Should().Contain("input Filter {\n  name: String!\n}");
    }

    [Fact]
    public void The_First_Description_And_Deprecation_Found_Should_Be_Kept()
    {
        var schema = Composed(
            "type Query { a: Product } type Product @key(fields: \"id\") { id: ID! @shareable name: String @shareable }",
            "type Query { productById(id: ID!): Product @lookup } \"A product.\" type Product @key(fields: \"id\") { id: ID! @shareable \"The name.\" name: String @shareable @deprecated(reason: \"Use title.\") }");

        var client = schema.PrintClientSchema();

        client.Should().Contain("\"A product.\"\ntype Product {").And.Contain("  \"The name.\"\n  name: String @deprecated(reason: \"Use title.\")");
    }

    [Fact]
    public void Internal_Lookups_Should_Appear_Only_As_Lookups_Of_The_Execution_Schema()
    {
        var schema = Composed(
            "type Query { productById(id: ID!): Product @lookup } type Product @key(fields: \"id\") { id: ID! name: String }",
            "type Query { productById(id: ID!): Product! @lookup @internal } type Product @key(fields: \"id\") { id: ID! price: Float }");

        schema.PrintClientSchema().Should().Contain("productById(id: ID!): Product\n").And.NotContain("Product!");
        schema.PrintExecutionSchema().Should()
            .Contain("@fusion__lookup(schema: B, key: \"id\", field: \"productById(id: ID!): Product!\", map: [\"id\"], internal: true)")
            .And.Contain("productById(id: ID! @fusion__inputField(schema: A)): Product @fusion__field(schema: A)\n");
    }

    [Fact]
    public void Federation_Members_And_Foreign_Directives_Should_Be_Removed()
    {
        var schema = Composed(
            """
            directive @authorize(roles: [String!], apply: ApplyPolicy! = BEFORE_RESOLVER) repeatable on OBJECT | FIELD_DEFINITION
            enum ApplyPolicy { BEFORE_RESOLVER AFTER_RESOLVER }
            scalar _Any
            union _Entity = Product
            type _Service { sdl: String! }
            type Query { product: Product @authorize _service: _Service! _entities(representations: [_Any!]!): [_Entity]! }
            type Product { id: ID! }
            """);

        schema.PrintClientSchema().Should().Be("type Query {\n  product: Product\n}\n\ntype Product {\n  id: ID!\n}\n");
    }

    [Fact]
    public void An_Overridden_Field_Should_Be_Resolved_Only_By_The_Overriding_Schema()
    {
        var result = Compose.Schemas(
            ("billing", "type Query { billById(id: ID!): Bill @lookup } type Bill @key(fields: \"id\") { id: ID! amount: Int }"),
            ("payments", "type Query { billById(id: ID!): Bill @lookup @internal } type Bill @key(fields: \"id\") { id: ID! amount: Int @override(from: \"billing\") }"));

        result.Errors.Should().BeEmpty();
        result.ComposedSchema!.PrintExecutionSchema().Should().Contain("  amount: Int @fusion__field(schema: PAYMENTS)\n");
    }

    private static ComposedSchema Composed(params string[] sdl)
    {
        var result = Compose.Sdl(sdl);
        result.Errors.Where(e => e.Severity == CompositionSeverity.Error).Should().BeEmpty();
        return result.ComposedSchema!;
    }
}
