using System.Globalization;
using Graph.Catalog;
using Graph.FakeStripe;
using Graph.Fusion.Composition;
using Graph.Gateway;
using Graph.Notifications;
using Graph.Orders;
using Graph.Payments;
using Graph.Payments.Stripe;
using Graph.Recommendations;
using Graph.Reviews;
using Graph.SmtpSink;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Testing.Product;

/// <summary>
/// The product as <c>./graph up</c> runs it, in one process on free 127.0.0.1 ports: the chosen subgraphs with their
/// demo data, each with its own PostgreSQL database, sharing one redis-server and one Kafka mock cluster; the fake
/// Stripe (behind <see cref="Charges"/>) and, with Notifications, the SMTP sink; and the gateway serving the checked-in
/// subgraph schemas composed by the real composer. A service can be stopped the way a crash does and started again on
/// the same database, consumer groups and address.
/// </summary>
public sealed class ProductSystem : IAsyncDisposable
{
    private readonly ProductSystemOptions _options;
    private readonly List<TestDatabase> _databases = [];
    private readonly Dictionary<string, RunningService> _services = new(StringComparer.Ordinal);
    private readonly string _directory = Directory.CreateTempSubdirectory("product-system-").FullName;
    private RedisServerProcess? _redis;
    private KafkaFixture? _kafka;
    private FakeStripeServer? _stripe;
    private SmtpSinkServer? _smtp;
    private ServiceHost? _gateway;

    private ProductSystem(ProductSystemOptions options) => _options = options;

    public FakeStripeServer Stripe => _stripe ?? throw new InvalidOperationException("Started in StartAsync.");

    /// <summary>The SMTP sink; only with Notifications.</summary>
    public SmtpSinkServer Smtp => _smtp ?? throw new InvalidOperationException("The SMTP sink runs with the Notifications service only.");

    /// <summary>Holds Payments' PaymentIntent requests (or Stripe's answers) while closed; open by default.</summary>
    public StripeChargeGate Charges { get; } = new();

    public ServiceHost Gateway => _gateway ?? throw new InvalidOperationException("This system runs no gateway.");

    /// <summary>The gateway's settings, for a test that starts another gateway over the same subgraphs.</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>Users' JWKS, which every service and the gateway trust.</summary>
    public string JwksUrl { get; private set; } = "";

    public string RedisEndPoint => _redis?.EndPoint ?? throw new InvalidOperationException("Started in StartAsync.");

    public string KafkaBootstrapServers => _kafka?.BootstrapServers ?? throw new InvalidOperationException("Started in StartAsync.");

    public static async Task<ProductSystem> StartAsync(ProductSystemOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var system = new ProductSystem(options);
        try
        {
            await system.StartAsync().ConfigureAwait(false);
            return system;
        }
        catch
        {
            await system.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A running service by manifest name.</summary>
    public ServiceHost Service(string name) =>
        Find(name).Host ?? throw new InvalidOperationException($"{name} is stopped; StartAgainAsync brings it back.");

    /// <summary>A service's database connection string (benchmarks read the saga's timestamps from it).</summary>
    public string ConnectionString(string name) => Find(name).ConnectionString;

    /// <summary>Each started subgraph's GraphQL endpoint by manifest name, running or not.</summary>
    public IReadOnlyDictionary<string, Uri> SubgraphEndpoints
    {
        get
        {
            lock (_services)
            {
                return _services.ToDictionary(s => s.Key, s => new Uri(s.Value.BaseAddress, "/graphql"), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The manifest's subgraph schemas composed by the real composer into the gateway's execution schema.</summary>
    public static string ComposeExecutionSchema(string manifestPath)
    {
        var result = SchemaComposer.Compose(CompositionManifest.Load(manifestPath).LoadSourceSchemas());
        return result.ComposedSchema?.PrintExecutionSchema()
            ?? throw new InvalidOperationException("The subgraphs do not compose: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
    }

    /// <summary>
    /// Stops a service the way a deployment or a crash does (its host disposed: consumers cancelled mid-message,
    /// in-flight transactions rolled back, offsets of unfinished messages not committed).
    /// </summary>
    public async Task StopAsync(string name)
    {
        var service = Find(name);
        var host = service.Host ?? throw new InvalidOperationException($"{name} is already stopped.");
        service.Host = null;
        await host.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Starts a stopped service again on the same database, Redis, Kafka consumer groups and address.</summary>
    public async Task StartAgainAsync(string name)
    {
        var service = Find(name);
        if (service.Host is not null)
        {
            throw new InvalidOperationException($"{name} is running.");
        }

        // The same address, so the services and the gateway that call it need no new configuration.
        service.Host = await ServiceHost.StartAsync(service.Build, ServiceHost.Settings(service.Settings, new Dictionary<string, string?>
        {
            ["urls"] = service.BaseAddress.ToString().TrimEnd('/'),
        })).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync().ConfigureAwait(false);
        }

        // Reverse start order: consumers stop before the services they talk to.
        foreach (var service in _services.Values.Reverse())
        {
            if (service.Host is { } host)
            {
                await host.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (_smtp is not null) await _smtp.DisposeAsync().ConfigureAwait(false);
        if (_stripe is not null) await _stripe.DisposeAsync().ConfigureAwait(false);
        if (_kafka is not null) await _kafka.DisposeAsync().ConfigureAwait(false);
        if (_redis is not null) await _redis.DisposeAsync().ConfigureAwait(false);
        foreach (var database in _databases)
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartAsync()
    {
        _redis = await RedisServerProcess.StartAsync().ConfigureAwait(false);
        _kafka = new KafkaFixture();
        await _kafka.InitializeAsync().ConfigureAwait(false);
        _stripe = await FakeStripeServer.StartAsync().ConfigureAwait(false);
        if (Runs(ProductServices.Notifications))
        {
            _smtp = await SmtpSinkServer.StartAsync().ConfigureAwait(false);
        }

        var users = await StartServiceAsync(ProductServices.Users, UsersService.Build, new() { ["DemoData:Enabled"] = "true" }).ConfigureAwait(false);
        JwksUrl = new Uri(users.BaseAddress, ".well-known/jwks.json").ToString();
        // Each of these needs only Users' JWKS; Orders also needs the Catalog's address.
        await Task.WhenAll(
            StartIfRunsAsync(ProductServices.Catalog, CatalogService.Build, new() { ["DemoData:Enabled"] = "true" }),
            StartIfRunsAsync(ProductServices.Reviews, ReviewsService.Build, new() { ["DemoData:Enabled"] = "true" }),
            StartIfRunsAsync(ProductServices.Recommendations, RecommendationsService.Build, new() { ["DemoData:Enabled"] = "true" }),
            StartIfRunsAsync(ProductServices.Payments, PaymentsService.Build, new()
            {
                ["Stripe:ApiBase"] = Stripe.BaseAddress.ToString(),
                ["Stripe:ApiKey"] = "sk_test_product_system",
            }),
            StartIfRunsAsync(ProductServices.Notifications, NotificationsService.Build, _smtp is null ? new() : new()
            {
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = _smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
            })).ConfigureAwait(false);
        if (Runs(ProductServices.Orders))
        {
            await StartServiceAsync(ProductServices.Orders, OrdersService.Build, new()
            {
                ["Catalog:GraphQLUrl"] = Service(ProductServices.Catalog).GraphQLEndpoint.ToString(),
            }).ConfigureAwait(false);
        }

        if (_options.Gateway)
        {
            await StartGatewayAsync().ConfigureAwait(false);
        }
    }

    private async Task StartGatewayAsync()
    {
        var manifest = Path.Combine(RepositoryPaths.Root, "schema", "subgraphs.json");
        var executionSchema = Path.Combine(_directory, "gateway.graphql");
        await File.WriteAllTextAsync(executionSchema, ComposeExecutionSchema(manifest)).ConfigureAwait(false);
        var settings = new Dictionary<string, string?>(_options.CommonSettings)
        {
            ["Fusion:ExecutionSchema"] = executionSchema,
            ["Fusion:Manifest"] = manifest,
            ["Auth:JwksUrl"] = JwksUrl,
        };
        var endpoints = SubgraphEndpoints;
        foreach (var subgraph in CompositionManifest.Load(manifest).Subgraphs)
        {
            // A subgraph not started here gets a closed port: what the tests ask never reaches it.
            settings[$"Fusion:Subgraphs:{subgraph.Name}:Url"] = endpoints.TryGetValue(subgraph.Name, out var endpoint)
                ? endpoint.ToString()
                : "http://127.0.0.1:9/graphql";
        }

        GatewaySettings = ServiceHost.Settings(settings, _options.GatewaySettings);
        _gateway = await ServiceHost.StartAsync(args => GatewayHost.Build(args), GatewaySettings).ConfigureAwait(false);
    }

    private bool Runs(string name) => name == ProductServices.Users || _options.Services.Contains(name);

    private async Task StartIfRunsAsync(string name, Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, Dictionary<string, string?> own)
    {
        if (Runs(name))
        {
            await StartServiceAsync(name, build, own).ConfigureAwait(false);
        }
    }

    private async Task<ServiceHost> StartServiceAsync(
        string name, Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, Dictionary<string, string?> own)
    {
        var database = await PostgresServer.CreateDatabaseAsync($"{_options.DatabasePrefix}_{name}").ConfigureAwait(false);
        lock (_databases)
        {
            _databases.Add(database);
        }

        var shared = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = RedisEndPoint,
            ["Kafka:BootstrapServers"] = KafkaBootstrapServers,
        };
        if (name != ProductServices.Users)
        {
            shared["Auth:JwksUrl"] = JwksUrl;
        }

        var settings = ServiceHost.Settings(
            shared,
            own,
            _options.CommonSettings,
            _options.ServiceSettings.TryGetValue(name, out var extra) ? extra : new Dictionary<string, string?>());
        Func<string[], WebApplication> start = args => build(args, builder => Configure(name, builder));
        var host = await ServiceHost.StartAsync(start, settings).ConfigureAwait(false);
        lock (_services)
        {
            _services[name] = new RunningService(start, settings, host.BaseAddress, database.ConnectionString) { Host = host };
        }

        return host;
    }

    private void Configure(string name, WebApplicationBuilder builder)
    {
        if (name == ProductServices.Payments)
        {
            builder.Services.AddHttpClient<StripeClient>().AddHttpMessageHandler(() => new StripeChargeGateHandler(Charges));
        }

        _options.ConfigureService?.Invoke(name, builder);
    }

    private RunningService Find(string name)
    {
        lock (_services)
        {
            return _services.TryGetValue(name, out var service) ? service : throw new InvalidOperationException($"No service {name} was started.");
        }
    }

    private sealed record RunningService(
        Func<string[], WebApplication> Build, IReadOnlyDictionary<string, string?> Settings, Uri BaseAddress, string ConnectionString)
    {
        /// <summary>The running host; null while stopped.</summary>
        public ServiceHost? Host { get; set; }
    }
}
