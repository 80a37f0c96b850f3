using System.Globalization;
using Graph.Catalog;
using Graph.FakeStripe;
using Graph.Notifications;
using Graph.Orders;
using Graph.Payments;
using Graph.SmtpSink;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users;
using Microsoft.AspNetCore.Builder;

namespace Graph.Benchmarks.Checkout;

/// <summary>
/// The product as the end-to-end tests run it: Users, Catalog, Orders, Payments and Notifications on real HTTP on
/// loopback, each with its own PostgreSQL database (the project cluster), one private redis-server, one Kafka mock
/// cluster, the fake Stripe and the SMTP sink in process. Logs at Warning, so console output does not weigh on the
/// measured path. <paramref name="settings"/> are added to every service (e.g. <c>Kafka:Relay:PollInterval</c>).
/// </summary>
internal sealed class CheckoutSystem : IAsyncDisposable
{
    private readonly List<TestDatabase> _databases = [];
    private readonly List<ServiceHost> _hosts = [];
    private RedisServerProcess? _redis;
    private KafkaFixture? _kafka;
    private FakeStripeServer? _stripe;
    private SmtpSinkServer? _smtp;

    public ServiceHost Users { get; private set; } = null!;

    public ServiceHost Catalog { get; private set; } = null!;

    public ServiceHost Orders { get; private set; } = null!;

    public ServiceHost Payments { get; private set; } = null!;

    public ServiceHost Notifications { get; private set; } = null!;

    /// <summary>Each service's database connection string, by service name.</summary>
    public Dictionary<string, string> ConnectionStrings { get; } = new(StringComparer.Ordinal);

    public static async Task<CheckoutSystem> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var system = new CheckoutSystem();
        try
        {
            await system.InitializeAsync(settings);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(IReadOnlyDictionary<string, string?> settings)
    {
        _redis = await RedisServerProcess.StartAsync();
        _kafka = new KafkaFixture();
        await _kafka.InitializeAsync();
        _stripe = await FakeStripeServer.StartAsync();
        _smtp = await SmtpSinkServer.StartAsync();

        Users = await StartAsync(args => UsersService.Build(args), "users", settings, new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(Users.BaseAddress, ".well-known/jwks.json").ToString();
        Catalog = await StartAsync(args => CatalogService.Build(args), "catalog", settings, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["DemoData:Enabled"] = "true",
        });
        Orders = await StartAsync(args => OrdersService.Build(args), "orders", settings, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Catalog:GraphQLUrl"] = Catalog.GraphQLEndpoint.ToString(),
        });
        Payments = await StartAsync(args => PaymentsService.Build(args), "payments", settings, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Stripe:ApiBase"] = _stripe.BaseAddress.ToString(),
            ["Stripe:ApiKey"] = "sk_test_checkout_benchmark",
        });
        Notifications = await StartAsync(args => NotificationsService.Build(args), "notifications", settings, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _smtp.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].DisposeAsync();
        }

        if (_smtp is not null) await _smtp.DisposeAsync();
        if (_stripe is not null) await _stripe.DisposeAsync();
        if (_kafka is not null) await _kafka.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    private async Task<ServiceHost> StartAsync(
        Func<string[], WebApplication> build, string name, IReadOnlyDictionary<string, string?> common, Dictionary<string, string?> own)
    {
        var database = await PostgresServer.CreateDatabaseAsync($"bench_checkout_{name}");
        _databases.Add(database);
        ConnectionStrings[name] = database.ConnectionString;
        var host = await ServiceHost.StartAsync(build, ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis!.EndPoint,
            ["Kafka:BootstrapServers"] = _kafka!.BootstrapServers,
            ["Logging:LogLevel:Default"] = "Warning",
        }, common, own));
        _hosts.Add(host);
        return host;
    }
}
