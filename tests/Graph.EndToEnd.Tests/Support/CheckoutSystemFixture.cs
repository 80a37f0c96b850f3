using Graph.AspNetCore.Subscriptions;
using Graph.Catalog;
using Graph.FakeStripe;
using Graph.Notifications;
using Graph.Orders;
using Graph.Payments;
using Graph.Payments.Stripe;
using Graph.SmtpSink;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// The product as it runs: Users, Catalog, Orders, Payments and Notifications on real HTTP, each with its own
/// PostgreSQL database, sharing one Redis and one Kafka (mock cluster), with the fake Stripe and the SMTP sink in
/// process. Every service trusts the real Users service's JWKS; Users and Catalog load their demo data.
/// </summary>
public sealed class CheckoutSystemFixture : IAsyncLifetime
{
    private readonly Database _usersDb = new("e2e_users");
    private readonly Database _catalogDb = new("e2e_catalog");
    private readonly Database _ordersDb = new("e2e_orders");
    private readonly Database _paymentsDb = new("e2e_payments");
    private readonly Database _notificationsDb = new("e2e_notifications");
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    // Started services by name, in start order, with what it takes to start each one again (same database, Kafka, port).
    private readonly List<RunningService> _started = [];
    private FakeStripeServer? _stripe;
    private SmtpSinkServer? _smtp;

    public ServiceHost Users => Host("users");

    public ServiceHost Catalog => Host("catalog");

    public ServiceHost Orders => Host("orders");

    public ServiceHost Payments => Host("payments");

    public ServiceHost Notifications => Host("notifications");

    public FakeStripeServer Stripe => _stripe ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public SmtpSinkServer Smtp => _smtp ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>Holds Payments' charges while a test connects its subscribers.</summary>
    public StripeChargeGate ChargeGate { get; } = new();

    /// <summary>The Orders service's active subscriptions per bus topic.</summary>
    public SubscriptionRegistry OrderSubscriptions { get; } = new();

    public async Task InitializeAsync()
    {
        foreach (var database in new[] { _usersDb, _catalogDb, _ordersDb, _paymentsDb, _notificationsDb })
        {
            await database.InitializeAsync();
        }

        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _stripe = await FakeStripeServer.StartAsync();
        _smtp = await SmtpSinkServer.StartAsync();

        await StartAsync(args => UsersService.Build(args), "users", _usersDb, new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(Users.BaseAddress, ".well-known/jwks.json").ToString();
        await StartAsync(args => CatalogService.Build(args), "catalog", _catalogDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["DemoData:Enabled"] = "true",
        });
        await StartAsync(args => OrdersService.Build(args, RecordSubscriptions), "orders", _ordersDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Catalog:GraphQLUrl"] = Catalog.GraphQLEndpoint.ToString(),
        });
        await StartAsync(args => PaymentsService.Build(args, GateCharges), "payments", _paymentsDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Stripe:ApiBase"] = Stripe.BaseAddress.ToString(),
            ["Stripe:ApiKey"] = "sk_test_end_to_end",
        });
        await StartAsync(args => NotificationsService.Build(args), "notifications", _notificationsDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        // Reverse order: consumers stop before the services they talk to.
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            if (_started[i].Host is { } host)
            {
                await host.DisposeAsync();
            }
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        if (_stripe is not null)
        {
            await _stripe.DisposeAsync();
        }

        await _kafka.DisposeAsync();
        await _redis.DisposeAsync();
        foreach (var database in new[] { _notificationsDb, _paymentsDb, _ordersDb, _catalogDb, _usersDb })
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>
    /// Stops a service the way a deployment or a crash does (its host disposed: consumers cancelled mid-message, in-flight
    /// transactions rolled back, offsets of unfinished messages not committed). <see cref="StartAgainAsync"/> brings it back.
    /// </summary>
    public async Task StopAsync(string name)
    {
        var service = Find(name);
        var host = service.Host ?? throw new InvalidOperationException($"{name} is already stopped.");
        service.Host = null;
        await host.DisposeAsync();
    }

    /// <summary>Starts a stopped service again on the same database, Redis, Kafka cluster (consumer groups) and address.</summary>
    public async Task StartAgainAsync(string name)
    {
        var service = Find(name);
        if (service.Host is not null)
        {
            throw new InvalidOperationException($"{name} is running.");
        }

        // The same address, so the services that call it (Orders -> Catalog, tests) need no new configuration.
        service.Host = await ServiceHost.StartAsync(service.Build, ServiceHost.Settings(service.Settings, new Dictionary<string, string?>
        {
            ["urls"] = service.BaseAddress.ToString().TrimEnd('/'),
        }));
    }

    private ServiceHost Host(string name) =>
        Find(name).Host ?? throw new InvalidOperationException($"{name} is stopped; StartAgainAsync brings it back.");

    private RunningService Find(string name) =>
        _started.Find(s => s.Name == name) ?? throw new InvalidOperationException($"No service {name} was started.");

    private async Task StartAsync(
        Func<string[], WebApplication> build, string name, Database database, Dictionary<string, string?> settings)
    {
        var all = ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
            // A restarted service's consumers rejoin their groups; a rebalance waits at most this long for a member
            // the mock cluster still counts (30 s by default would outlast the tests' 20 s waits).
            ["Kafka:Consumer:SessionTimeout"] = "00:00:06",
        }, settings);
        var host = await ServiceHost.StartAsync(build, all);
        _started.Add(new RunningService(name, build, all, host.BaseAddress) { Host = host });
    }

    /// <summary>Wraps the Orders service's bus receiver so tests see when their subscriptions are active.</summary>
    private void RecordSubscriptions(WebApplicationBuilder builder)
    {
        var original = builder.Services.Last(d => d.ServiceType == typeof(ITopicEventReceiver));
        builder.Services.Remove(original);
        var create = original.ImplementationFactory
            ?? throw new InvalidOperationException("The Orders service's ITopicEventReceiver is expected to be registered through a factory.");
        builder.Services.AddSingleton<ITopicEventReceiver>(sp => new RecordingTopicEventReceiver((ITopicEventReceiver)create(sp), OrderSubscriptions));
    }

    /// <summary>Puts <see cref="ChargeGate"/> in front of the Payments service's Stripe client.</summary>
    private void GateCharges(WebApplicationBuilder builder) =>
        builder.Services.AddHttpClient<StripeClient>().AddHttpMessageHandler(() => new StripeChargeGateHandler(ChargeGate));

    private sealed record RunningService(
        string Name, Func<string[], WebApplication> Build, IReadOnlyDictionary<string, string?> Settings, Uri BaseAddress)
    {
        /// <summary>The running host; null while stopped.</summary>
        public ServiceHost? Host { get; set; }
    }

    private sealed class Database(string prefix) : PostgresDatabaseFixture
    {
        protected override string NamePrefix => prefix;
    }
}

/// <summary>The end-to-end tests share one running product.</summary>
[CollectionDefinition(Name)]
public sealed class CheckoutSystemCollection : ICollectionFixture<CheckoutSystemFixture>
{
    public const string Name = "checkout system";
}
