using Graph.Catalog;
using Graph.FakeStripe;
using Graph.Gateway.Tests.Caching;
using Graph.Fusion.Composition;
using Graph.Orders;
using Graph.Payments;
using Graph.Payments.Stripe;
using Graph.Recommendations;
using Graph.Reviews;
using Graph.Testing;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>
/// The product behind its gateway: Users, Catalog, Reviews, Recommendations, Orders and Payments on real HTTP (each its own PostgreSQL database,
/// one Redis, one Kafka mock cluster, the fake Stripe), and the gateway serving their composition: the checked-in
/// subgraph schemas (schema/subgraphs.json) composed here by the real composer (<see cref="SchemaComposer"/>), the URLs
/// given as <c>Fusion:Subgraphs:&lt;name&gt;:Url</c>. Subgraphs not started here (Notifications) get a closed port: no
/// query here reaches them. Clients talk only to <see cref="Gateway"/>.
/// </summary>
public sealed class GatewaySystemFixture : IAsyncLifetime
{
    private readonly Database _usersDb = new("gw_users");
    private readonly Database _catalogDb = new("gw_catalog");
    private readonly Database _ordersDb = new("gw_orders");
    private readonly Database _paymentsDb = new("gw_payments");
    private readonly Database _reviewsDb = new("gw_reviews");
    private readonly Database _recommendationsDb = new("gw_recommendations");
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    private readonly Dictionary<string, (Func<string[], WebApplication> Build, IReadOnlyDictionary<string, string?> Settings, Uri Address)> _definitions = [];
    private readonly Dictionary<string, ServiceHost?> _hosts = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-e2e-").FullName;
    private FakeStripeServer? _stripe;
    private ServiceHost? _gateway;
    private ServiceHost? _cachingGateway;

    public ServiceHost Gateway => _gateway ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public ServiceHost Users => Host("users");

    /// <summary>Holds Payments' charges while closed, so a subscriber can connect while the order is PENDING.</summary>
    public ChargeGate Charges { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var database in AllDatabases)
        {
            await database.InitializeAsync();
        }

        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _stripe = await FakeStripeServer.StartAsync();

        await StartAsync("users", args => UsersService.Build(args), _usersDb, new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(Users.BaseAddress, ".well-known/jwks.json").ToString();
        await StartAsync("catalog", args => CatalogService.Build(args), _catalogDb, new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" });
        // Demo data on both: reviews of Catalog's demo products, and simulated orders with planted co-purchases.
        await StartAsync("reviews", args => ReviewsService.Build(args), _reviewsDb, new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" });
        await StartAsync("recommendations", args => RecommendationsService.Build(args), _recommendationsDb, new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" });
        await StartAsync("orders", args => OrdersService.Build(args), _ordersDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Catalog:GraphQLUrl"] = Host("catalog").GraphQLEndpoint.ToString(),
        });
        await StartAsync("payments", args => PaymentsService.Build(args, GateCharges), _paymentsDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString(),
            ["Stripe:ApiKey"] = "sk_test_gateway_end_to_end",
        });

        // The checked-in manifest and schemas, composed by the real composer: what `graph compose` writes.
        var manifest = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs.json");
        var executionSchema = Path.Combine(_directory, "gateway.graphql");
        await File.WriteAllTextAsync(executionSchema, Compose(manifest));
        var settings = new Dictionary<string, string?>
        {
            ["Fusion:ExecutionSchema"] = executionSchema,
            ["Fusion:Manifest"] = manifest,
            ["Auth:JwksUrl"] = jwks,
        };
        foreach (var subgraph in CompositionManifest.Load(manifest).Subgraphs)
        {
            settings[$"Fusion:Subgraphs:{subgraph.Name}:Url"] = RunningSubgraphs.Contains(subgraph.Name)
                ? Host(subgraph.Name).GraphQLEndpoint.ToString()
                : "http://127.0.0.1:9/graphql";
        }

        _gateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args), settings);

        // A second gateway over the same subgraphs with the Redis response cache on (Caching/ResponseCacheEndToEndTests);
        // the first stays uncached so the other tests never read a response a change has not evicted yet.
        settings["ConnectionStrings:redis"] = _redis.ConnectionString;
        settings["Kafka:BootstrapServers"] = _kafka.BootstrapServers;
        _cachingGateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args, b => CachingGatewayRequests.AddTo(b.Services, RunningSubgraphs)), settings);
    }

    /// <summary>The gateway with the response cache; <see cref="CachingGatewayRequests"/> counts its subgraph requests.</summary>
    public ServiceHost CachingGateway => _cachingGateway ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public SubgraphRequestCounter CachingGatewayRequests { get; } = new();

    /// <summary>The subgraphs this fixture runs; the others in the manifest (Notifications) get a closed port as URL.</summary>
    public static readonly string[] RunningSubgraphs = ["users", "catalog", "reviews", "recommendations", "orders", "payments"];

    /// <summary>The manifest's schemas composed by the real composer into an execution schema.</summary>
    public static string Compose(string manifestPath)
    {
        var manifest = CompositionManifest.Load(manifestPath);
        var result = SchemaComposer.Compose(manifest.LoadSourceSchemas());
        return result.ComposedSchema?.PrintExecutionSchema()
            ?? throw new InvalidOperationException("The subgraphs do not compose: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
    }

    /// <summary>Stops a subgraph the way a crash does; <see cref="StartAgainAsync"/> brings it back on the same address.</summary>
    public async Task StopAsync(string name)
    {
        var host = Host(name);
        _hosts[name] = null;
        await host.DisposeAsync();
    }

    public async Task StartAgainAsync(string name)
    {
        var (build, settings, address) = _definitions[name];
        _hosts[name] = await ServiceHost.StartAsync(build, ServiceHost.Settings(settings, new Dictionary<string, string?>
        {
            ["urls"] = address.ToString().TrimEnd('/'),
        }));
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_cachingGateway is not null)
        {
            await _cachingGateway.DisposeAsync();
        }

        foreach (var name in _hosts.Keys.Reverse().ToList())
        {
            if (_hosts[name] is { } host)
            {
                await host.DisposeAsync();
            }
        }

        if (_stripe is not null)
        {
            await _stripe.DisposeAsync();
        }

        await _kafka.DisposeAsync();
        await _redis.DisposeAsync();
        foreach (var database in AllDatabases.Reverse())
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Database[] AllDatabases => [_usersDb, _catalogDb, _reviewsDb, _recommendationsDb, _ordersDb, _paymentsDb];

    private ServiceHost Host(string name) =>
        _hosts.TryGetValue(name, out var host) && host is not null ? host : throw new InvalidOperationException($"{name} is not running.");

    private async Task StartAsync(string name, Func<string[], WebApplication> build, Database database, Dictionary<string, string?> settings)
    {
        var all = ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
        }, settings);
        var host = await ServiceHost.StartAsync(build, all);
        _definitions[name] = (build, all, host.BaseAddress);
        _hosts[name] = host;
    }

    private void GateCharges(WebApplicationBuilder builder) =>
        builder.Services.AddHttpClient<StripeClient>().AddHttpMessageHandler(() => new ChargeGateHandler(Charges));

    private sealed class Database(string prefix) : PostgresDatabaseFixture
    {
        protected override string NamePrefix => prefix;
    }
}

/// <summary>The gateway end-to-end tests share one running product.</summary>
[CollectionDefinition(Name)]
public sealed class GatewaySystemCollection : ICollectionFixture<GatewaySystemFixture>
{
    public const string Name = "gateway system";
}
