using Graph.AspNetCore;
using Graph.AspNetCore.Http;
using Graph.Types.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Gateway.Tests.Support;

/// <summary>
/// Two small real subgraphs on 127.0.0.1 (Graph.AspNetCore over Kestrel), composed by hand in
/// <see cref="TinyComposition"/>: <c>echo</c> answers with the headers it received (what the gateway forwards);
/// <c>products</c> serves products by id, a lookup the planner can join.
/// </summary>
public sealed class TinySubgraph : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TinySubgraph(WebApplication app, Uri endpoint, HeldField held)
    {
        _app = app;
        Endpoint = endpoint;
        Held = held;
    }

    public Uri Endpoint { get; }

    /// <summary>The echo subgraph's <c>held</c> field waits here (open unless a test closes it).</summary>
    public HeldField Held { get; } = new();

    public const string EchoSdl = """
        type Query {
          "The value of the request header `name` as the subgraph received it; null when absent."
          requestHeader(name: String!): String
          "Answers \"released\" once the test releases it (a request kept in flight)."
          held: String
        }
        """;

    public const string ProductsSdl = """
        type Query {
          productById(id: ID!): Product
          topProducts: [Product!]!
        }

        type Product {
          id: ID!
          name: String!
          "The other products (a nested list, for depth limits)."
          related: [Product!]!
        }
        """;

    private static readonly Dictionary<string, string> Products = new(StringComparer.Ordinal) { ["1"] = "Mug", ["2"] = "Tea", ["3"] = "Kettle" };

    public static Task<TinySubgraph> StartEchoAsync()
    {
        var held = new HeldField();
        return StartAsync(held, schema => schema.AddSdl(EchoSdl)
            .BindResolver("Query", "held", async c => (object?)await held.WaitAsync(c.RequestAborted))
            .BindResolver("Query", "requestHeader", c =>
            {
                var http = c.ContextData.TryGetValue(GraphQLHttpContextData.HttpContext, out var value) ? value as HttpContext : null;
                var header = http?.Request.Headers[c.ArgumentValue<string>("name")!].ToString();
                return ValueTask.FromResult<object?>(string.IsNullOrEmpty(header) ? null : header);
            }));
    }

    public static Task<TinySubgraph> StartProductsAsync() => StartAsync(new HeldField(), schema => schema.AddSdl(ProductsSdl)
        .BindResolver("Query", "productById", c => ValueTask.FromResult<object?>(
            Products.TryGetValue(c.ArgumentValue<string>("id")!, out var name) ? new TinyProduct(c.ArgumentValue<string>("id")!, name) : null))
        .BindResolver("Query", "topProducts", _ => ValueTask.FromResult<object?>(Products.Select(p => new TinyProduct(p.Key, p.Value)).ToList()))
        .BindResolver("Product", "related", c => ValueTask.FromResult<object?>(
            Products.Where(p => p.Key != ((TinyProduct)c.Parent!).Id).Select(p => new TinyProduct(p.Key, p.Value)).ToList())));

    private static async Task<TinySubgraph> StartAsync(HeldField held, Action<Graph.Types.SchemaBuilder> schema)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().ConfigureSchema(schema);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TinySubgraph(app, new Uri(address.TrimEnd('/') + "/graphql"), held);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record TinyProduct(string Id, string Name);

/// <summary>A field that, while closed, holds its requests until <see cref="Release"/>; <see cref="Entered"/> tells one arrived.</summary>
public sealed class HeldField
{
    private TaskCompletionSource _release = Completed();

    public TaskCompletionSource Entered { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Close()
    {
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Release() => _release.TrySetResult();

    public async Task<string> WaitAsync(CancellationToken cancellationToken)
    {
        Entered.TrySetResult();
        await _release.Task.WaitAsync(cancellationToken);
        return "released";
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}

/// <summary>The execution schema and manifest of the two tiny subgraphs, written by hand in the docs/fusion.md format.</summary>
public static class TinyComposition
{
    public const string Directives = """
        scalar fusion__FieldDefinition
        scalar fusion__FieldSelectionSet
        scalar fusion__FieldSelectionMap
        scalar fusion__FieldSelectionPath

        directive @fusion__schema_metadata(name: String!) on ENUM_VALUE
        directive @fusion__type(schema: fusion__Schema!) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
        directive @fusion__field(schema: fusion__Schema!, sourceName: String, sourceType: String, provides: fusion__FieldSelectionSet, partial: Boolean! = false) repeatable on FIELD_DEFINITION
        directive @fusion__inputField(schema: fusion__Schema!, sourceType: String) repeatable on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
        directive @fusion__enumValue(schema: fusion__Schema!) repeatable on ENUM_VALUE
        directive @fusion__implements(schema: fusion__Schema!, interface: String!) repeatable on OBJECT | INTERFACE
        directive @fusion__unionMember(schema: fusion__Schema!, member: String!) repeatable on UNION
        directive @fusion__lookup(schema: fusion__Schema!, key: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap!]!, path: fusion__FieldSelectionPath, internal: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION
        directive @fusion__requires(schema: fusion__Schema!, requirements: fusion__FieldSelectionSet!, field: fusion__FieldDefinition!, map: [fusion__FieldSelectionMap]!) repeatable on FIELD_DEFINITION
        directive @fusion__inaccessible on OBJECT | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION | FIELD_DEFINITION | SCALAR

        """;

    /// <summary>Both subgraphs; <paramref name="extraQueryField"/> adds one more echo field (a reload test's visible change).</summary>
    public static string ExecutionSchema(string? extraQueryField = null) => $$"""
        enum fusion__Schema {
          ECHO @fusion__schema_metadata(name: "echo")
          PRODUCTS @fusion__schema_metadata(name: "products")
        }

        {{Directives}}
        type Query @fusion__type(schema: ECHO) @fusion__type(schema: PRODUCTS) {
          requestHeader(name: String! @fusion__inputField(schema: ECHO)): String @fusion__field(schema: ECHO)
          held: String @fusion__field(schema: ECHO)
          productById(id: ID! @fusion__inputField(schema: PRODUCTS)): Product @fusion__field(schema: PRODUCTS)
          topProducts: [Product!]! @fusion__field(schema: PRODUCTS)
          {{extraQueryField ?? string.Empty}}
        }

        type Product
          @fusion__type(schema: PRODUCTS)
          @fusion__lookup(schema: PRODUCTS, key: "id", field: "productById(id: ID!): Product", map: ["id"]) {
          id: ID! @fusion__field(schema: PRODUCTS)
          name: String! @fusion__field(schema: PRODUCTS)
          related: [Product!]! @fusion__field(schema: PRODUCTS)
        }
        """;

    public const string Manifest = """
        {
          "subgraphs": [
            { "name": "echo", "schema": "echo.graphql", "url": { "development": "http://127.0.0.1:1/graphql" } },
            { "name": "products", "schema": "products.graphql", "url": { "development": "http://127.0.0.1:1/graphql" } }
          ]
        }
        """;
}
