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
    private readonly List<ServiceHost> _started = [];
    private FakeStripeServer? _stripe;
    private SmtpSinkServer? _smtp;

    public ServiceHost Users { get; private set; } = null!;

    public ServiceHost Catalog { get; private set; } = null!;

    public ServiceHost Orders { get; private set; } = null!;

    public ServiceHost Payments { get; private set; } = null!;

    public ServiceHost Notifications { get; private set; } = null!;

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

        Users = await StartAsync(args => UsersService.Build(args), "users", _usersDb, new() { ["DemoData:Enabled"] = "true" });
        var jwks = new Uri(Users.BaseAddress, ".well-known/jwks.json").ToString();
        Catalog = await StartAsync(args => CatalogService.Build(args), "catalog", _catalogDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["DemoData:Enabled"] = "true",
        });
        Orders = await StartAsync(args => OrdersService.Build(args, RecordSubscriptions), "orders", _ordersDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Catalog:GraphQLUrl"] = Catalog.GraphQLEndpoint.ToString(),
        });
        Payments = await StartAsync(args => PaymentsService.Build(args, GateCharges), "payments", _paymentsDb, new()
        {
            ["Auth:JwksUrl"] = jwks,
            ["Stripe:ApiBase"] = Stripe.BaseAddress.ToString(),
            ["Stripe:ApiKey"] = "sk_test_end_to_end",
        });
        Notifications = await StartAsync(args => NotificationsService.Build(args), "notifications", _notificationsDb, new()
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
            await _started[i].DisposeAsync();
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

    private async Task<ServiceHost> StartAsync(
        Func<string[], WebApplication> build, string name, Database database, Dictionary<string, string?> settings)
    {
        var host = await ServiceHost.StartAsync(build, ServiceHost.Settings(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
        }, settings));
        _started.Add(host);
        return host;
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
