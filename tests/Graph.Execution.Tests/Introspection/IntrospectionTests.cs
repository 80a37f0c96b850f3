using FluentAssertions;
using Graph.Execution.Tests.Support;
using Xunit;

namespace Graph.Execution.Tests.Introspection;

/// <summary>Spec 4 "Introspection".</summary>
public sealed class IntrospectionTests
{
    private const string Sdl = """
        "The schema"
        schema { query: Query }
        type Query { a(x: Int @deprecated(reason: "no"), y: Int): String @deprecated(reason: "old"), b: Color, i(v: In): String }
        enum Color { RED BLUE @deprecated }
        input In @oneOf { p: Int, q: Int @deprecated(reason: "gone") }
        scalar Url @specifiedBy(url: "https://example.com")
        directive @d repeatable on FIELD
        """;

    [Theory]
    [InlineData("{ __schema { description queryType { name } mutationType { name } } }", """{"data":{"__schema":{"description":"The schema","queryType":{"name":"Query"},"mutationType":null}}}""")]
    [InlineData("{ __type(name: \"Query\") { fields { name } } }", """{"data":{"__type":{"fields":[{"name":"b"},{"name":"i"}]}}}""")]
    [InlineData("{ __type(name: \"Query\") { fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name } } } }",
        """{"data":{"__type":{"fields":[{"name":"a","isDeprecated":true,"deprecationReason":"old","args":[{"name":"y"}]},{"name":"b","isDeprecated":false,"deprecationReason":null,"args":[]},{"name":"i","isDeprecated":false,"deprecationReason":null,"args":[{"name":"v"}]}]}}}""")]
    [InlineData("{ __type(name: \"Query\") { fields(includeDeprecated: true) { args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }",
        """{"data":{"__type":{"fields":[{"args":[{"name":"x","isDeprecated":true,"deprecationReason":"no"},{"name":"y","isDeprecated":false,"deprecationReason":null}]},{"args":[]},{"args":[{"name":"v","isDeprecated":false,"deprecationReason":null}]}]}}}""")]
    [InlineData("{ __type(name: \"Color\") { kind enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } } }",
        """{"data":{"__type":{"kind":"ENUM","enumValues":[{"name":"RED"}],"all":[{"name":"RED","deprecationReason":null},{"name":"BLUE","deprecationReason":"No longer supported"}]}}}""")]
    [InlineData("{ __type(name: \"In\") { isOneOf inputFields { name } all: inputFields(includeDeprecated: true) { name isDeprecated } } }",
        """{"data":{"__type":{"isOneOf":true,"inputFields":[{"name":"p"}],"all":[{"name":"p","isDeprecated":false},{"name":"q","isDeprecated":true}]}}}""")]
    [InlineData("{ __type(name: \"Url\") { kind specifiedByURL isOneOf fields { name } } }", """{"data":{"__type":{"kind":"SCALAR","specifiedByURL":"https://example.com","isOneOf":null,"fields":null}}}""")]
    [InlineData("{ __type(name: \"Nope\") { name } }", """{"data":{"__type":null}}""")]
    [InlineData("{ __type(name: \"Query\") { fields { type { kind name ofType { name } } } } }", """{"data":{"__type":{"fields":[{"type":{"kind":"ENUM","name":"Color","ofType":null}},{"type":{"kind":"SCALAR","name":"String","ofType":null}}]}}}""")]
    public async Task Introspection_Should_Describe_The_Schema(string document, string expected)
    {
        (await TestGraph.ExecuteAsync(Sdl, document)).Should().Be(expected);
    }

    [Fact]
    public async Task Directives_Should_Report_Repeatable_And_Locations()
    {
        var json = await TestGraph.ExecuteAsync(Sdl, "{ __schema { directives { name isRepeatable locations } } }");

        json.Should().Contain("""{"name":"d","isRepeatable":true,"locations":["FIELD"]}""")
            .And.Contain("""{"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]}""");
    }

    [Fact]
    public async Task Typename_Should_Work_On_Introspection_Types()
    {
        (await TestGraph.ExecuteAsync(Sdl, "{ __schema { __typename queryType { __typename } } }"))
            .Should().Be("""{"data":{"__schema":{"__typename":"__Schema","queryType":{"__typename":"__Type"}}}}""");
    }
}
