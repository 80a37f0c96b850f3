using Graph.Catalog;
using Graph.Fusion.Composition;
using Graph.Gateway;
using Graph.Reviews;
using Graph.Testing;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users;
using Microsoft.AspNetCore.Builder;

namespace Graph.Benchmarks.Gateway;

/// <summary>
/// The subgraphs a storefront's product page needs (Users, Catalog, Reviews with their demo data, each on real HTTP on
/// loopback with its own PostgreSQL database, one private redis-server, one Kafka mock cluster) and our gateway over
/// them, composed from the checked-in manifest by the real composer. The manifest's other subgraphs get a closed port:
/// the query mix never plans a fetch to them. Logs at Warning so console output does not weigh on the measured path.
/// </summary>
internal sealed class GatewaySystem : IAsyncDisposable
{
    /// <summary>The subgraphs this system runs, by manifest name.</summary>
    public static readonly string[] RunningSubgraphs = ["users", "catalog", "reviews"];

    private readonly List<TestDatabase> _databases = [];
    private readonly List<ServiceHost> _hosts = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("graph-bench-gateway-").FullName;
    private RedisServerProcess? _redis;
    private KafkaFixture? _kafka;

    /// <summary>Each running subgraph's GraphQL endpoint, by manifest name.</summary>
    public Dictionary<string, Uri> Subgraphs { get; } = new(StringComparer.Ordinal);

    public ServiceHost Gateway { get; private set; } = null!;

    public static async Task<GatewaySystem> StartAsync()
    {
        var system = new GatewaySystem();
        try
        {
            await system.InitializeAsync();
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        _kafka = new KafkaFixture();
        await _kafka.InitializeAsync();

        var users = await StartAsync(args => UsersService.Build(args), "users", new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(users.BaseAddress, ".well-known/jwks.json").ToString();
        await StartAsync(args => CatalogService.Build(args), "catalog", new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" });
        await StartAsync(args => ReviewsService.Build(args), "reviews", new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" });

        var manifestPath = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs.json");
        var manifest = CompositionManifest.Load(manifestPath);
        var result = SchemaComposer.Compose(manifest.LoadSourceSchemas());
        var executionSchema = result.ComposedSchema?.PrintExecutionSchema()
            ?? throw new InvalidOperationException("The subgraphs do not compose: " + string.Join("; ", result.Errors));
        var executionSchemaPath = Path.Combine(_directory, "gateway.graphql");
        await File.WriteAllTextAsync(executionSchemaPath, executionSchema);

        var settings = new Dictionary<string, string?>
        {
            ["Fusion:ExecutionSchema"] = executionSchemaPath,
            ["Fusion:Manifest"] = manifestPath,
            ["Auth:JwksUrl"] = jwks,
            // Hive Gateway, the baseline, limits no rate either; the benchmark's one client would be throttled.
            ["Gateway:RateLimit:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var subgraph in manifest.Subgraphs)
        {
            settings[$"Fusion:Subgraphs:{subgraph.Name}:Url"] =
                Subgraphs.TryGetValue(subgraph.Name, out var url) ? url.ToString() : "http://127.0.0.1:9/graphql";
        }

        Gateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args), settings);
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null) await Gateway.DisposeAsync();
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].DisposeAsync();
        }

        if (_kafka is not null) await _kafka.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task<ServiceHost> StartAsync(Func<string[], WebApplication> build, string name, Dictionary<string, string?> own)
    {
        var database = await PostgresServer.CreateDatabaseAsync($"bench_gateway_{name}");
        _databases.Add(database);
        var host = await ServiceHost.StartAsync(build, ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis!.EndPoint,
            ["Kafka:BootstrapServers"] = _kafka!.BootstrapServers,
            ["Logging:LogLevel:Default"] = "Warning",
        }, own));
        _hosts.Add(host);
        Subgraphs[name] = host.GraphQLEndpoint;
        return host;
    }
}
