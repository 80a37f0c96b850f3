using FluentAssertions;
using Xunit;

namespace Graph.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Parse_Should_Print_The_Document_Indented()
    {
        var file = _cli.File("query.graphql", "query Q($id:ID!){product(id:$id){name ...F}} fragment F on Product{sku}");

        var (exitCode, output, _) = await _cli.RunAsync("parse", file);

        exitCode.Should().Be(0);
        output.Should().Be("""
            query Q($id: ID!) {
              product(id: $id) {
                name
                ...F
              }
            }

            fragment F on Product {
              sku
            }

            """);
    }

    [Fact]
    public async Task Parse_Should_Print_Schema_Documents()
    {
        var file = _cli.File("schema.graphql", "\"A product\" type Product @key(fields:\"id\"){id:ID! name:String}");

        var (exitCode, output, _) = await _cli.RunAsync("parse", file);

        exitCode.Should().Be(0);
        output.Should().Be("""
            "A product"
            type Product @key(fields: "id") {
              id: ID!
              name: String
            }

            """);
    }

    [Fact]
    public async Task Parse_Should_Print_A_Syntax_Error_As_Json_And_Exit_1()
    {
        var file = _cli.File("broken.graphql", "{\n  product(id: 1) {\n    name\n  \n");

        var (exitCode, output, _) = await _cli.RunAsync("parse", file);

        exitCode.Should().Be(1);
        output.Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":5,"column":1}]}]}""" + "\n");
    }

    [Fact]
    public async Task Parse_Should_Escape_The_Message_As_Json()
    {
        var file = _cli.File("quote.graphql", "{ field(arg: \"unterminated) }");

        var (exitCode, output, _) = await _cli.RunAsync("parse", file);

        exitCode.Should().Be(1);
        output.Should().Be("""{"errors":[{"message":"Syntax Error: Unterminated string.","locations":[{"line":1,"column":30}]}]}""" + "\n");
    }

    [Fact]
    public async Task Parse_Should_Write_Quotes_In_Messages_As_JavaScript_Does()
    {
        var file = _cli.File("brace.graphql", "{ product( }");

        var (_, output, _) = await _cli.RunAsync("parse", file);

        output.Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found \"}\".","locations":[{"line":1,"column":12}]}]}""" + "\n");
    }

    [Fact]
    public async Task A_Missing_File_Should_Be_A_Usage_Error()
    {
        var (exitCode, output, error) = await _cli.RunAsync("parse", "/nonexistent/file.graphql");

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("no such file");
    }

    [Fact]
    public async Task An_Unknown_Command_Should_Be_A_Usage_Error()
    {
        var (exitCode, _, error) = await _cli.RunAsync("frobnicate");

        exitCode.Should().Be(2);
        error.Should().NotBeEmpty();
    }

    public void Dispose() => _cli.Dispose();
}
