using FluentAssertions;
using Graph.Execution.Coercion;
using Graph.Execution.Tests.Support;
using Graph.Language;
using Graph.Types;
using Graph.Types.Resolvers;
using Xunit;

namespace Graph.Execution.Tests.Coercion;

/// <summary>Spec 3.11 / 3.12 / 3.10 input coercion, 6.1.2 CoerceVariableValues, 6.4.1 CoerceArgumentValues.</summary>
public sealed class CoercionTests
{
    private const string Sdl = """
        type Query { list(v: [Int]): String, matrix(v: [[Int]]): String, req(v: Int!): String, opt(v: Int = 7): String, obj(v: In): String, one(v: One): String }
        input In { a: Int!, b: String = "d", c: [Int] }
        input One @oneOf { a: Int, b: String }
        """;

    // Echo the coerced argument as JSON so tests can read it.
    private static RequestExecutor Echo() => TestGraph.Executor(Sdl, b =>
    {
        foreach (var field in new[] { "list", "matrix", "req", "opt", "obj", "one" })
        {
            b.BindResolver("Query", field, ctx => new ValueTask<object?>(
                ctx.Arguments.TryGetValue("v", out var v) ? System.Text.Json.JsonSerializer.Serialize(v) : "absent"));
        }
    });

    /// <summary>The table of spec 3.11 "List" input coercion, through literals and through variables.</summary>
    [Theory]
    [InlineData("list", "[Int]", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("list", "[Int]", "[1, \"b\", true]", null)]
    [InlineData("list", "[Int]", "1", "[1]")]
    [InlineData("list", "[Int]", "null", "null")]
    [InlineData("matrix", "[[Int]]", "[[1], [2, 3]]", "[[1],[2,3]]")]
    [InlineData("matrix", "[[Int]]", "[1, 2, 3]", "[[1],[2],[3]]")]
    [InlineData("matrix", "[[Int]]", "[1, null, 3]", "[[1],null,[3]]")]
    [InlineData("matrix", "[[Int]]", "[[1], [\"b\"]]", null)]
    [InlineData("matrix", "[[Int]]", "1", "[[1]]")]
    [InlineData("matrix", "[[Int]]", "null", "null")]
    public async Task List_Input_Coercion_Should_Follow_The_Spec_Table(string field, string type, string value, string? expected)
    {
        var executor = Echo();
        var viaVariable = await executor.RunAsync($"query($v: {type}) {{ {field}(v: $v) }}", variables: $$"""{"v": {{value}}}""");
        if (expected is null)
        {
            viaVariable.HasData.Should().BeFalse();
            viaVariable.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Message.StartsWith("Variable \"$v\" has invalid value at ", StringComparison.Ordinal));
            viaVariable.Errors[0].Message.Should().StartWith("Variable \"$v\" has invalid value at ");
        }
        else
        {
            viaVariable.Data![field].Should().Be(expected);
            var viaLiteral = await executor.RunAsync($"{{ {field}(v: {value}) }}");
            viaLiteral.Data![field].Should().Be(expected);
        }
    }

    [Theory]
    [InlineData("query($v: Int!) { req(v: $v) }", "{}", "Variable \"$v\" has invalid value: Expected a value of non-null type \"Int!\" to be provided.")]
    [InlineData("query($v: Int!) { req(v: $v) }", """{"v": null}""", "Variable \"$v\" has invalid value: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("query($v: Int) { opt(v: $v) }", """{"v": 1.5}""", "Variable \"$v\" has invalid value: Int cannot represent non-integer value: 1.5")]
    [InlineData("query($v: In) { obj(v: $v) }", """{"v": {"b": "x"}}""", "Variable \"$v\" has invalid value: Expected value of type \"In\" to include required field \"a\", found: { b: \"x\" }.")]
    [InlineData("query($v: In) { obj(v: $v) }", """{"v": {"a": 1, "cc": []}}""", "Variable \"$v\" has invalid value: Expected value of type \"In\" not to include unknown field \"cc\". Did you mean \"c\"? Found: { a: 1, cc: [] }.")]
    [InlineData("query($v: In) { obj(v: $v) }", """{"v": {"a": 1, "c": ["x"]}}""", "Variable \"$v\" has invalid value at .c[0]: Int cannot represent non-integer value: \"x\"")]
    [InlineData("query($v: One) { one(v: $v) }", """{"v": {}}""", "Variable \"$v\" has invalid value: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("query($v: One) { one(v: $v) }", """{"v": {"a": null}}""", "Variable \"$v\" has invalid value at .a: Within OneOf Input Object type \"One\", exactly one field must be specified, and the value for that field must be non-null.")]
    public async Task Invalid_Variables_Should_Be_Request_Errors_With_GraphQLJs_Messages(string document, string variables, string message)
    {
        var result = await Echo().RunAsync(document, variables: variables);

        result.HasData.Should().BeFalse();
        result.Errors.Select(e => e.Message).Should().Equal(message);
        result.Errors[0].Locations.Should().ContainSingle().Which.Line.Should().Be(1);
        result.Errors[0].Code.Should().Be(ErrorCodes.InvalidVariables);
    }

    [Theory]
    [InlineData("{ opt }", "7")]
    [InlineData("{ opt(v: null) }", "null")]
    [InlineData("query($v: Int) { opt(v: $v) }", "7")]
    [InlineData("query($v: Int = 3) { opt(v: $v) }", "3")]
    [InlineData("{ obj(v: {a: 1}) }", """{"a":1,"b":"d"}""")]
    [InlineData("query($c: [Int]) { obj(v: {a: 1, c: $c}) }", """{"a":1,"b":"d"}""")]
    [InlineData("{ one(v: {b: \"x\"}) }", """{"b":"x"}""")]
    public async Task Arguments_Should_Distinguish_Absent_Null_And_Default(string document, string expected)
    {
        var result = await Echo().RunAsync(document, variables: "{}");

        result.Errors.Should().BeEmpty();
        result.Data!.Values.Single().Should().Be(expected);
    }

    [Fact]
    public async Task Null_Variable_In_Non_Null_Argument_Position_Should_Be_A_Field_Error()
    {
        var json = await Echo().RunJsonAsync("query($v: Int = 1) { req(v: $v) }", variables: """{"v": null}""");

        json.Should().Be("""{"data":{"req":null},"errors":[{"message":"Argument \"Query.req(v:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":29}],"path":["req"]}]}""");
    }

    [Fact]
    public void CoerceVariableValues_Should_Accept_Clr_Values()
    {
        var schema = TestGraph.Schema(Sdl);
        var operation = (OperationDefinitionNode)Parser.Parse("query($v: In, $l: [Int], $absent: Int) { a: obj(v: $v) }").Definitions[0];

        var values = VariableCoercion.CoerceVariableValues(schema, operation, new Dictionary<string, object?>
        {
            ["v"] = new Dictionary<string, object?> { ["a"] = 1, ["c"] = new[] { 1, 2 } },
            ["l"] = 5,
        });

        values.ContainsKey("absent").Should().BeFalse();
        values["l"].Should().BeEquivalentTo(new object?[] { 5 });
        values["v"].Should().BeEquivalentTo(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "d", ["c"] = new object?[] { 1, 2 } });
    }
}
