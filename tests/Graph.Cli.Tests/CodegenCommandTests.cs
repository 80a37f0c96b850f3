using FluentAssertions;
using Xunit;

namespace Graph.Cli.Tests;

public sealed class CodegenCommandTests : IDisposable
{
    private const string Schema = """
        type Query {
          order(id: ID!): Order
        }

        type Order {
          id: ID!
          total: Float!
        }
        """;

    private readonly CliRun _cli = new();

    [Fact]
    public async Task Codegen_Should_Write_The_Client_With_One_Method_Per_Operation()
    {
        var schema = _cli.File("schema.graphql", Schema);
        var operation = _cli.File("Order.graphql", "query OrderTotal($id: ID!) { order(id: $id) { id total } }");
        var output = _cli.File("Client.g.cs", "");

        var (exitCode, stdout, stderr) = await _cli.RunAsync("codegen", "--schema", schema, "--namespace", "Shop", "--client-name", "ShopClient", "--output", output, operation);

        exitCode.Should().Be(0, stderr);
        stdout.Should().Contain("Generated ShopClient from 1 operation file(s)");
        var source = await File.ReadAllTextAsync(output);
        source.Should().Contain("namespace Shop;")
            .And.Contain("public Task<GraphQLResult<OrderTotalResult>> OrderTotalAsync(string id, CancellationToken cancellationToken = default)")
            .And.Contain("public required double Total { get; init; }");
    }

    [Fact]
    public async Task Codegen_Should_Print_An_MSBuild_Error_Naming_The_Operation_And_Field_And_Exit_1()
    {
        var schema = _cli.File("schema.graphql", Schema);
        var operation = _cli.File("Order.graphql", "query OrderTotal {\n  order(id: \"1\") {\n    sum\n  }\n}");
        var output = Path.Combine(Path.GetDirectoryName(schema)!, "Client.g.cs");

        var (exitCode, _, stderr) = await _cli.RunAsync("codegen", "--schema", schema, "--namespace", "Shop", "--client-name", "ShopClient", "--output", output, operation);

        exitCode.Should().Be(GraphCommand.GraphQLErrors);
        stderr.Trim().Should().Be($"{operation}(3,5): error GQL0001: Operation 'OrderTotal': field 'sum': Cannot query field \"sum\" on type \"Order\".");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Codegen_Should_Reject_A_Namespace_That_Is_Not_A_CSharp_Name()
    {
        var schema = _cli.File("schema.graphql", Schema);
        var operation = _cli.File("Order.graphql", "query OrderTotal { order(id: \"1\") { id } }");

        var (exitCode, _, stderr) = await _cli.RunAsync("codegen", "--schema", schema, "--namespace", "my-shop", "--client-name", "ShopClient", "--output", "x.cs", operation);

        exitCode.Should().Be(GraphCommand.UsageError);
        stderr.Should().Contain("'my-shop'");
    }

    public void Dispose() => _cli.Dispose();
}
