using FluentAssertions;
using Xunit;

namespace Graph.Cli.Tests;

public sealed class ComposeCommandTests : IDisposable
{
    private const string Manifest = """
        { "subgraphs": [
          { "name": "catalog", "schema": "catalog.graphql", "url": { "development": "http://127.0.0.1:5102/graphql" } },
          { "name": "reviews", "schema": "reviews.graphql", "url": { "development": "http://127.0.0.1:5103/graphql" } }
        ] }
        """;

    private const string Catalog = "type Query { productById(id: ID!): Product @lookup } type Product @key(fields: \"id\") { id: ID! name: String! }";
    private const string Reviews = "type Query { productById(id: ID!): Product @lookup @internal } type Product @key(fields: \"id\") { id: ID! rating: Int }";

    private readonly CliRun _cli = new();

    [Fact]
    public async Task Compose_Should_Write_The_Client_And_Execution_Schemas_Next_To_The_Manifest()
    {
        var manifest = Setup(Catalog, Reviews);

        var (exitCode, output, _) = await _cli.RunAsync("compose", "--manifest", manifest);

        exitCode.Should().Be(0, output);
        var directory = Path.GetDirectoryName(manifest)!;
        File.ReadAllText(Path.Combine(directory, "composite.graphql")).Should().Contain("type Product {\n  id: ID!\n  name: String!\n  rating: Int\n}");
        File.ReadAllText(Path.Combine(directory, "gateway.graphql")).Should().Contain("@fusion__lookup(schema: REVIEWS, key: \"id\"");
        output.Should().Contain("Wrote ").And.Contain("2 subgraphs");
    }

    [Fact]
    public async Task Compose_Should_Print_Composition_Errors_With_Their_Codes_And_Exit_1()
    {
        var manifest = Setup(Catalog, "type Query { productById(id: ID!): Product @lookup @internal } type Product @key(fields: \"id\") { id: ID! name: String! }");

        var (exitCode, output, _) = await _cli.RunAsync("compose", "--manifest", manifest);

        exitCode.Should().Be(1);
        output.Should().Contain("error INVALID_FIELD_SHARING: The field 'Product.name'").And.Contain("'catalog', 'reviews'");
        File.Exists(Path.Combine(Path.GetDirectoryName(manifest)!, "composite.graphql")).Should().BeFalse();
    }

    [Fact]
    public async Task Check_Should_Exit_1_When_The_Files_Are_Stale_And_0_After_Compose()
    {
        var manifest = Setup(Catalog, Reviews);

        var before = await _cli.RunAsync("compose", "--manifest", manifest, "--check");
        await _cli.RunAsync("compose", "--manifest", manifest);
        var after = await _cli.RunAsync("compose", "--manifest", manifest, "--check");

        before.ExitCode.Should().Be(1);
        before.Output.Should().Contain("stale: run ./graph compose");
        File.Exists(Path.Combine(Path.GetDirectoryName(manifest)!, "composite.graphql")).Should().BeTrue("compose wrote it");
        after.ExitCode.Should().Be(0);
        after.Output.Should().Contain("up to date");
    }

    [Fact]
    public async Task Compose_Should_Report_Breaking_Changes_Against_The_Previous_Composition()
    {
        var manifest = Setup(Catalog, Reviews);
        await _cli.RunAsync("compose", "--manifest", manifest);
        _cli.File("reviews.graphql", "type Query { productById(id: ID!): Product @lookup @internal } type Product @key(fields: \"id\") { id: ID! stars: Int }");

        var (exitCode, output, _) = await _cli.RunAsync("compose", "--manifest", manifest);

        exitCode.Should().Be(0);
        output.Should().Contain("Breaking changes against composite.graphql:").And.Contain("Product.rating: the field was removed");
    }

    [Fact]
    public async Task A_Missing_Manifest_Should_Be_A_Usage_Error()
    {
        var (exitCode, _, error) = await _cli.RunAsync("compose", "--manifest", "/nonexistent/subgraphs.json");

        exitCode.Should().Be(2);
        error.Should().Contain("does not exist");
    }

    [Fact]
    public async Task A_Manifest_Naming_A_Missing_Schema_File_Should_Be_A_Usage_Error()
    {
        var manifest = _cli.File("subgraphs.json", Manifest);

        var (exitCode, _, error) = await _cli.RunAsync("compose", "--manifest", manifest);

        exitCode.Should().Be(2);
        error.Should().Contain("'catalog.graphql' of subgraph 'catalog' does not exist");
    }

    private string Setup(string catalog, string reviews)
    {
        _cli.File("catalog.graphql", catalog);
        _cli.File("reviews.graphql", reviews);
        return _cli.File("subgraphs.json", Manifest);
    }

    public void Dispose() => _cli.Dispose();
}
