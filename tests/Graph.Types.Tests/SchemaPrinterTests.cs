namespace Graph.Types.Tests;

public sealed class SchemaPrinterTests
{
    public static TheoryData<int> CorpusIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < SdlCorpus.Schemas.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusIndexes))]
    public void Print_Should_Be_Stable_Through_Parse_Build_Print(int index)
    {
        var first = SchemaTestHelpers.Print(SdlCorpus.Schemas[index]);
        var second = SchemaTestHelpers.Print(first);
        second.Should().Be(first);
    }

    [Fact]
    public void Print_Should_Match_GraphQLJs_PrintSchema_On_The_Corpus()
    {
        var answers = GraphQLJs.BuildAndPrint(SdlCorpus.Schemas);
        for (var i = 0; i < SdlCorpus.Schemas.Length; i++)
        {
            answers[i].Errors.Should().BeEmpty($"graphql-js accepts corpus schema {i}");
            SchemaTestHelpers.Print(SdlCorpus.Schemas[i]).Should().Be(answers[i].Printed, $"corpus schema {i} prints as graphql-js does");
        }
    }

    [Fact]
    public void Print_Should_Omit_Schema_Definition_For_Default_Roots_And_Keep_Definition_Order()
    {
        var printed = SchemaTestHelpers.Print("""
            type Mutation { m: Int }
            type Query { q: Int }
            """);
        printed.Should().Be("""
            type Mutation {
              m: Int
            }

            type Query {
              q: Int
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Print_Should_Keep_Applied_Custom_Directives_Which_GraphQLJs_Drops()
    {
        // graphql-js's printSchema drops applied custom directives; we keep them where SDL places them.
        const string sdl = """
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | SCHEMA | UNION | SCALAR | INPUT_OBJECT | INPUT_FIELD_DEFINITION | INTERFACE | ENUM
            schema @tag(name: "s") { query: Query }
            scalar Money @tag(name: "m") @specifiedBy(url: "https://example.com/money")
            type Query @tag(name: "a") @tag(name: "b") {
              f(arg: Int @tag(name: "arg")): Int @tag(name: "f") @deprecated(reason: "old")
            }
            union U @tag(name: "u") = Query
            enum E @tag(name: "e") { A @tag(name: "v") }
            input I @tag(name: "i") @oneOf { a: Int @tag(name: "ia") }
            """;
        var expected = """
            schema @tag(name: "s") {
              query: Query
            }

            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | SCHEMA | UNION | SCALAR | INPUT_OBJECT | INPUT_FIELD_DEFINITION | INTERFACE | ENUM

            scalar Money @tag(name: "m") @specifiedBy(url: "https://example.com/money")

            type Query @tag(name: "a") @tag(name: "b") {
              f(arg: Int @tag(name: "arg")): Int @tag(name: "f") @deprecated(reason: "old")
            }

            union U @tag(name: "u") = Query

            enum E @tag(name: "e") {
              A @tag(name: "v")
            }

            input I @tag(name: "i") @oneOf {
              a: Int @tag(name: "ia")
            }
            """.ReplaceLineEndings("\n");
        SchemaTestHelpers.Print(sdl).Should().Be(expected);
        SchemaTestHelpers.Print(expected).Should().Be(expected);

        var graphQLJs = GraphQLJs.BuildAndPrint([sdl])[0].Printed;
        graphQLJs.Should().NotContain("@tag(name: \"a\")", "graphql-js drops applied custom directives");
    }

    [Fact]
    public void Print_Should_Write_Descriptions_As_Block_Strings_Where_Printable()
    {
        var printed = SchemaTestHelpers.Print("""
            "Line one\nLine two"
            type Query {
              "short"
              a: Int
              "second"
              b: Int
            }
            """);
        printed.Should().Be(""""
            """
            Line one
            Line two
            """
            type Query {
              """short"""
              a: Int

              """second"""
              b: Int
            }
            """".ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Print_Should_Write_Composite_Directives_Applied_From_Code()
    {
        var builder = new SchemaBuilder().AddCompositeDirectives();
        var product = new ObjectTypeBuilder("Product").Key("id");
        product.AddField("id", "ID!");
        product.AddField("name", "String").Shareable();
        builder.AddType(product);
        var query = new ObjectTypeBuilder("Query");
        query.AddField("productById", "Product").Lookup().Internal().Argument("id", "ID!", a => a.Is("id"));
        builder.AddType(query);

        var printed = builder.Build().ToSdl();

        printed.Should().Contain("type Product @key(fields: \"id\") {");
        printed.Should().Contain("  name: String @shareable");
        printed.Should().Contain("  productById(id: ID! @is(field: \"id\")): Product @lookup @internal");
        printed.Should().Contain("directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE");
        printed.Should().Contain("scalar FieldSelectionSet");
    }
}
