using Graph.Catalog;
using Graph.FakeStripe;
using Graph.Gateway;
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
using Graph.WebHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Web.Tests;

/// <summary>
/// The product as <c>./graph up</c> runs it, in process on free 127.0.0.1 ports: Users, Catalog, Reviews,
/// Recommendations, Orders and Payments with demo data (each its own PostgreSQL database, one Redis, one Kafka mock
/// cluster, the fake Stripe), the gateway serving their composition (the checked-in subgraph schemas composed by the
/// real composer), and <c>tools/Graph.WebHost</c> serving the built storefront (<c>clients/web/dist</c>) with
/// <c>/graphql</c> forwarded to the gateway. Notifications is not started: the storefront does not read it.
/// </summary>
public sealed class StorefrontSystemFixture : IAsyncLifetime
{
    private static readonly string[] RunningSubgraphs = ["users", "catalog", "reviews", "recommendations", "orders", "payments"];

    private readonly List<PostgresDatabaseFixture> _databases = [];
    private readonly Dictionary<string, ServiceHost> _subgraphs = [];
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("storefront-e2e-").FullName;
    private FakeStripeServer? _stripe;
    private ServiceHost? _gateway;
    private ServiceHost? _web;

    /// <summary>The gateway (<c>/graphql</c>).</summary>
    public ServiceHost Gateway => _gateway ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>The storefront's web host: the pages, and <c>/graphql</c> forwarded to <see cref="Gateway"/>.</summary>
    public ServiceHost Web => _web ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>Closed: Payments' calls to Stripe wait, so an order stays PENDING until it opens.</summary>
    public HeldCharges Charges { get; } = new();

    /// <summary>The gateway's settings: tests start another gateway with extra settings (trusted documents).</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings { get; private set; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        StorefrontBuild.EnsureBuilt();
        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _stripe = await FakeStripeServer.StartAsync();

        await StartAsync("users", args => UsersService.Build(args), new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(_subgraphs["users"].BaseAddress, ".well-known/jwks.json").ToString();
        // Started together: each only needs Users' JWKS (Orders asks the Catalog on demand, not at start).
        await Task.WhenAll(
            StartAsync("catalog", args => CatalogService.Build(args), new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" }),
            StartAsync("reviews", args => ReviewsService.Build(args), new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" }),
            StartAsync("recommendations", args => RecommendationsService.Build(args), new() { ["Auth:JwksUrl"] = jwks, ["DemoData:Enabled"] = "true" }),
            StartAsync("payments", args => PaymentsService.Build(args, HoldCharges), new()
            {
                ["Auth:JwksUrl"] = jwks,
                ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString(),
                ["Stripe:ApiKey"] = "sk_test_storefront_end_to_end",
            }));
        await StartAsync("orders", args => OrdersService.Build(args), new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Catalog:GraphQLUrl"] = _subgraphs["catalog"].GraphQLEndpoint.ToString(),
        });

        var manifestPath = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs.json");
        var manifest = CompositionManifest.Load(manifestPath);
        var composed = SchemaComposer.Compose(manifest.LoadSourceSchemas());
        var executionSchema = Path.Combine(_directory, "gateway.graphql");
        await File.WriteAllTextAsync(executionSchema, composed.ComposedSchema?.PrintExecutionSchema()
            ?? throw new InvalidOperationException("The subgraphs do not compose: " + string.Join("; ", composed.Errors)));
        var settings = new Dictionary<string, string?>
        {
            ["Fusion:ExecutionSchema"] = executionSchema,
            ["Fusion:Manifest"] = manifestPath,
            ["Auth:JwksUrl"] = jwks,
        };
        foreach (var subgraph in manifest.Subgraphs)
        {
            // A subgraph not started here (Notifications) gets a closed port: the storefront never reaches it.
            settings[$"Fusion:Subgraphs:{subgraph.Name}:Url"] = RunningSubgraphs.Contains(subgraph.Name)
                ? _subgraphs[subgraph.Name].GraphQLEndpoint.ToString()
                : "http://127.0.0.1:9/graphql";
        }

        GatewaySettings = settings;
        _gateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args), settings);
        _web = await ServiceHost.StartAsync(WebHostApp.Build, new Dictionary<string, string?>
        {
            ["WebHost:Root"] = StorefrontBuild.DistDirectory,
            ["WebHost:Gateway"] = Gateway.BaseAddress.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _web, _gateway }.Concat(_subgraphs.Values.Reverse()))
        {
            if (host is not null)
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
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartAsync(string name, Func<string[], WebApplication> build, Dictionary<string, string?> settings)
    {
        var database = new Database("web_" + name);
        lock (_databases)
        {
            _databases.Add(database);
        }

        await database.InitializeAsync();
        var host = await ServiceHost.StartAsync(build, ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
        }, settings));
        lock (_subgraphs)
        {
            _subgraphs[name] = host;
        }
    }

    private void HoldCharges(WebApplicationBuilder builder) =>
        builder.Services.AddHttpClient<StripeClient>().AddHttpMessageHandler(() => new HeldCharges.Handler(Charges));

    private sealed class Database(string prefix) : PostgresDatabaseFixture
    {
        protected override string NamePrefix => prefix;
    }
}

/// <summary>The tests against the running product share one.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontSystemCollection : ICollectionFixture<StorefrontSystemFixture>
{
    public const string Name = "storefront system";
}
