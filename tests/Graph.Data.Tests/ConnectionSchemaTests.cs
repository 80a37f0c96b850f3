using FluentAssertions;
using Graph.Execution;
using Graph.Testing.Snapshots;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Data.Tests;

/// <summary>A subgraph's connection field: the code-first SDL it exports, and requests executed against PostgreSQL.</summary>
public sealed class ConnectionSchemaTests(ShopDatabase database) : IClassFixture<ShopDatabase>, IAsyncLifetime
{
    private static Schema BuildSchema() => new SchemaBuilder().AddType(typeof(ProductQueries)).Build();

    public async Task InitializeAsync()
    {
        await using var db = database.Open();
        if (!await db.Products.AnyAsync(p => p.Set == ProductQueries.Set))
        {
            await Catalog.SeedAsync(database, ProductQueries.Set, 1, 9);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Connection_Of_Product_Should_Export_As_ProductConnection_ProductEdge_And_PageInfo()
    {
        var sdl = BuildSchema().ToSdl();

        sdl.Should().Contain("type ProductConnection {").And.Contain("type ProductEdge {").And.Contain("type PageInfo @shareable {")
            .And.Contain("node: Product!").And.Contain("nodes: [Product!]!").And.Contain("edges: [ProductEdge!]!");
        Snapshot.Match(sdl);
    }

    [Fact]
    public async Task A_Connection_Field_Should_Page_Through_The_Executor()
    {
        await using var services = Services();
        var executor = new RequestExecutor(BuildSchema(), new ExecutorOptions { Services = services });

        var first = await RunAsync(executor, "{ products(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }");
        var endCursor = first.RootElement.GetProperty("data").GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await RunAsync(executor, $$"""{ products(first: 2, after: "{{endCursor}}") { edges { cursor node { id } } pageInfo { hasPreviousPage } } }""");

        var newestFirst = Enumerable.Range(1, 9).Select(id => Catalog.Row(ProductQueries.Set, id))
            .OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id).Select(p => p.Id).ToArray();
        first.RootElement.GetProperty("data").GetProperty("products").GetRawText().Should().Be(
            $$"""{"totalCount":9,"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"endCursor":"{{endCursor}}"},"nodes":[{"id":{{newestFirst[0]}}},{"id":{{newestFirst[1]}}}]}""");
        var edges = second.RootElement.GetProperty("data").GetProperty("products").GetProperty("edges");
        edges.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()).Should().Equal(newestFirst[2..4]);
        edges.EnumerateArray().Should().OnlyContain(e => e.GetProperty("cursor").GetString()!.Length > 0);
    }

    [Fact]
    public async Task The_Total_Should_Be_Counted_Only_When_The_Request_Selects_It()
    {
        var commands = new List<string>();
        await using var services = Services(commands);
        var executor = new RequestExecutor(BuildSchema(), new ExecutorOptions { Services = services });

        var uncounted = await RunAsync(executor, "{ products(first: 2) { nodes { id } } }");
        var pageOnly = commands.ToArray();
        commands.Clear();
        var counted = await RunAsync(executor, "{ products(first: 2) { totalCount } }");

        uncounted.RootElement.GetProperty("data").GetProperty("products").GetProperty("nodes").GetArrayLength().Should().Be(2);
        pageOnly.Should().ContainSingle().Which.Should().NotContainEquivalentOf("count(");
        counted.RootElement.GetProperty("data").GetProperty("products").GetProperty("totalCount").GetInt32().Should().Be(9);
        commands.Should().HaveCount(2).And.ContainSingle(sql => sql.Contains("count(*)", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("products(first: 1, last: 1)", "PAGING_FIRST_AND_LAST")]
    [InlineData("products(first: -1)", "PAGING_NEGATIVE_COUNT")]
    [InlineData("products(last: 51)", "PAGING_PAGE_SIZE_EXCEEDED")]
    [InlineData("products(first: 1, after: \"AQEDBwAAABPv2Q\")", "PAGING_INVALID_CURSOR")]
    public async Task Invalid_Paging_Arguments_Should_Be_Field_Errors_With_Their_Code(string field, string code)
    {
        await using var services = Services();
        var executor = new RequestExecutor(BuildSchema(), new ExecutorOptions { Services = services });

        var result = await RunAsync(executor, $"{{ {field} {{ nodes {{ id }} }} }}");

        var error = result.RootElement.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be(code);
        error.GetProperty("path")[0].GetString().Should().Be("products");
        result.RootElement.GetProperty("data").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "`products` is non-null, so its error nulls the parent (spec 6.4.4)");
    }

    /// <summary>The services of a request; the SQL of every command sent is added to <paramref name="commands"/> when given.</summary>
    private ServiceProvider Services(List<string>? commands = null) =>
        new ServiceCollection().AddDbContext<ShopDb>(o =>
        {
            o.UseNpgsql(database.ConnectionString);
            if (commands is not null)
            {
                o.LogTo(commands.Add, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
            }
        }).BuildServiceProvider();

    private static async Task<System.Text.Json.JsonDocument> RunAsync(RequestExecutor executor, string document)
    {
        var result = await executor.ExecuteAsync(new OperationRequest { Document = document });
        return System.Text.Json.JsonDocument.Parse(((OperationResult)result).ToJson());
    }
}

/// <summary>The resolver the README shows: products newest first, as a Relay connection.</summary>
[QueryType]
public static class ProductQueries
{
    /// <summary>The rows this schema serves (the test database holds other tests' sets too).</summary>
    public const string Set = "schema";

    [GraphQLDescription("Products, newest first.")]
    public static Task<Connection<Product>> GetProducts(
        [GraphQLDescription("Return at most this many products from the start (or after `after`).")] int? first,
        [GraphQLDescription("Return products after this cursor.")] string? after,
        [GraphQLDescription("Return at most this many products from the end (or before `before`).")] int? last,
        [GraphQLDescription("Return products before this cursor.")] string? before,
        ShopDb db,
        IResolverContext context,
        CancellationToken cancellationToken)
        => db.Products.Where(p => p.Set == Set).OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken);
}
