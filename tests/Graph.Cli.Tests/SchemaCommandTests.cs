using FluentAssertions;
using Graph.Cli.Tests.Corpus;
using Xunit;

namespace Graph.Cli.Tests;

public sealed class SchemaCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Schema_Print_Should_Keep_Applied_Custom_Directives()
    {
        var (exitCode, output, _) = await _cli.RunAsync("schema", "print", _cli.File("schema.graphql", Schemas.Documented));

        exitCode.Should().Be(0);
        output.Should().Contain("type Root @tag(name: \"root\") {")
            .And.Contain("id: ID! @tag(name: \"arg\")")
            .And.Contain("): Item @cached")
            .And.Contain("directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | ARGUMENT_DEFINITION");
    }

    [Fact]
    public async Task Schema_Print_Should_Report_An_Invalid_Schema_As_GraphQL_Errors()
    {
        var file = _cli.File("schema.graphql", "type Query { a: Missing } type Query { b: Int }");

        var (exitCode, output, _) = await _cli.RunAsync("schema", "print", file);

        exitCode.Should().Be(1);
        output.Should().StartWith("{\"errors\":[{\"message\":");
    }

    [Fact]
    public async Task Execute_Should_Exit_1_For_Request_Errors_And_Still_Print_The_Response()
    {
        var schema = _cli.File("schema.graphql", "type Query { a: Int }");
        var data = _cli.File("data.json", """{"a": 1}""");
        var document = _cli.File("doc.graphql", "{ b }");

        var (exitCode, output, _) = await _cli.RunAsync("execute", "--schema", schema, "--root-value", data, document);

        exitCode.Should().Be(1);
        output.Should().StartWith("{\"errors\":[{\"message\":\"Cannot query field \\\"b\\\" on type \\\"Query\\\".")
            .And.NotContain("\"data\"");
    }

    [Fact]
    public async Task Execute_Should_Reject_A_Root_Value_That_Is_Not_Json()
    {
        var schema = _cli.File("schema.graphql", "type Query { a: Int }");
        var data = _cli.File("data.json", "{ not json");
        var document = _cli.File("doc.graphql", "{ a }");

        var (exitCode, _, error) = await _cli.RunAsync("execute", "--schema", schema, "--root-value", data, document);

        exitCode.Should().Be(2);
        error.Should().Contain("--root-value").And.Contain("not valid JSON");
    }

    public void Dispose() => _cli.Dispose();
}
