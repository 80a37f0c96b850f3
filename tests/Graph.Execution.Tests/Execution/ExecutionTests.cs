using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Execution;

/// <summary>Spec 6.3 "Executing Selection Sets", 6.4 "Executing Fields", 7.1 "Response Format".</summary>
public sealed class ExecutionTests
{
    private const string Sdl = """
        type Query { hero: Character, droid(id: ID!): Droid, numbers: [Int], greeting(name: String = "world"): String, search: [SearchResult] }
        interface Character { id: ID!, name: String }
        type Human implements Character { id: ID!, name: String, height: Float }
        type Droid implements Character { id: ID!, name: String, primaryFunction: String }
        union SearchResult = Human | Droid
        """;

    private const string Root = """
        { "hero": { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech" },
          "numbers": [1, 2, 3],
          "search": [ { "__typename": "Human", "id": "1000", "name": "Luke", "height": 1.72 }, { "__typename": "Droid", "id": "2001", "name": "R2-D2", "primaryFunction": "Astromech" } ] }
        """;

    [Theory]
    [InlineData("{ hero { name } }", """{"data":{"hero":{"name":"R2-D2"}}}""")]
    [InlineData("{ hero { __typename id } }", """{"data":{"hero":{"__typename":"Droid","id":"2001"}}}""")]
    [InlineData("{ a: hero { n: name } b: numbers }", """{"data":{"a":{"n":"R2-D2"},"b":[1,2,3]}}""")]
    [InlineData("{ hero { ... on Droid { primaryFunction } ... on Human { height } } }", """{"data":{"hero":{"primaryFunction":"Astromech"}}}""")]
    [InlineData("{ search { __typename ... on Character { name } } }", """{"data":{"search":[{"__typename":"Human","name":"Luke"},{"__typename":"Droid","name":"R2-D2"}]}}""")]
    [InlineData("query { hero { ...F name } } fragment F on Character { id name }", """{"data":{"hero":{"id":"2001","name":"R2-D2"}}}""")]
    [InlineData("{ hero { name @skip(if: true) id @include(if: false) __typename } }", """{"data":{"hero":{"__typename":"Droid"}}}""")]
    [InlineData("{ greeting __typename }", """{"data":{"greeting":null,"__typename":"Query"}}""")]
    public async Task Query_Should_Return_Data_In_Selection_Order(string document, string expected)
    {
        (await TestGraph.ExecuteAsync(Sdl, document, Root)).Should().Be(expected);
    }

    [Fact]
    public async Task Skip_And_Include_Should_Read_Variables()
    {
        var executor = TestGraph.Executor(Sdl);
        const string document = "query($s: Boolean!, $i: Boolean!) { hero { id @skip(if: $s) name @include(if: $i) } }";
        (await executor.RunJsonAsync(document, Root, """{"s":true,"i":true}""")).Should().Be("""{"data":{"hero":{"name":"R2-D2"}}}""");
        (await executor.RunJsonAsync(document, Root, """{"s":false,"i":false}""")).Should().Be("""{"data":{"hero":{"id":"2001"}}}""");
    }

    [Fact]
    public async Task Resolver_GraphQLException_Should_Carry_Extensions_Code_Path_And_Locations()
    {
        var executor = TestGraph.Executor("type Query { a: String, b: String }", b => b
            .BindResolver("Query", "a", _ => throw new GraphQLException("Not allowed.", "FORBIDDEN")));
        var json = await executor.RunJsonAsync("{\n  a\n  b\n}", "{\"b\":\"x\"}");
        json.Should().Be("""{"data":{"a":null,"b":"x"},"errors":[{"message":"Not allowed.","locations":[{"line":2,"column":3}],"path":["a"],"extensions":{"code":"FORBIDDEN"}}]}""");
    }

    [Fact]
    public async Task Request_Errors_Should_Have_No_Data()
    {
        var executor = TestGraph.Executor(Sdl);
        (await executor.RunJsonAsync("{ hero { ")).Should().StartWith("""{"errors":[{"message":"Syntax Error""");
        (await executor.RunJsonAsync("query A { hero { id } } query B { hero { id } }"))
            .Should().Be("""{"errors":[{"message":"Must provide operation name if query contains multiple operations.","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""");
        (await executor.RunJsonAsync("{ nope }")).Should().Contain("\"code\":").And.NotContain("\"data\"");
    }

    [Fact]
    public async Task Operation_Name_Should_Select_The_Operation()
    {
        var executor = TestGraph.Executor(Sdl);
        (await executor.RunJsonAsync("query A { numbers } query B { hero { id } }", Root, operationName: "B"))
            .Should().Be("""{"data":{"hero":{"id":"2001"}}}""");
    }

    [Fact]
    public async Task Abstract_Type_Without_Typename_Should_Be_A_Field_Error()
    {
        var json = await TestGraph.ExecuteAsync(Sdl, "{ hero { name } }", """{"hero":{"name":"x"}}""");
        json.Should().Contain("Abstract type \\\"Character\\\" must resolve to an Object type at runtime for field \\\"Query.hero\\\"").And.Contain("\"path\":[\"hero\"]");
    }
}
