using Graph.AspNetCore.Subscriptions;
using Graph.FakeStripe;
using Graph.SmtpSink;
using Graph.Testing.Product;
using Graph.Testing.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// The checkout's services as they run (<see cref="ProductSystem"/>): Users, Catalog, Orders, Payments and Notifications
/// on real HTTP, each with its own PostgreSQL database, sharing one Redis and one Kafka (mock cluster), with the fake
/// Stripe and the SMTP sink in process. The saga is tested service to service, without the gateway.
/// </summary>
public sealed class CheckoutSystemFixture : IAsyncLifetime
{
    private ProductSystem? _system;

    public ServiceHost Users => System.Service(ProductServices.Users);

    public ServiceHost Catalog => System.Service(ProductServices.Catalog);

    public ServiceHost Orders => System.Service(ProductServices.Orders);

    public ServiceHost Payments => System.Service(ProductServices.Payments);

    public ServiceHost Notifications => System.Service(ProductServices.Notifications);

    public FakeStripeServer Stripe => System.Stripe;

    public SmtpSinkServer Smtp => System.Smtp;

    /// <summary>Holds Payments' charges while a test connects its subscribers or stops a service.</summary>
    public StripeChargeGate ChargeGate => System.Charges;

    /// <summary>The Orders service's active subscriptions per bus topic.</summary>
    public SubscriptionRegistry OrderSubscriptions { get; } = new();

    private ProductSystem System => _system ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public async Task InitializeAsync() => _system = await ProductSystem.StartAsync(new ProductSystemOptions
    {
        DatabasePrefix = "e2e",
        Services = [ProductServices.Users, ProductServices.Catalog, ProductServices.Orders, ProductServices.Payments, ProductServices.Notifications],
        Gateway = false,
        // A restarted service's consumers rejoin their groups; a rebalance waits at most this long for a member the
        // mock cluster still counts (30 s by default would outlast the tests' 20 s waits).
        CommonSettings = new Dictionary<string, string?> { ["Kafka:Consumer:SessionTimeout"] = "00:00:06" },
        ConfigureService = (name, builder) =>
        {
            if (name == ProductServices.Orders)
            {
                RecordSubscriptions(builder);
            }
        },
    });

    public async Task DisposeAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    /// <inheritdoc cref="ProductSystem.StopAsync"/>
    public Task StopAsync(string name) => System.StopAsync(name);

    /// <inheritdoc cref="ProductSystem.StartAgainAsync"/>
    public Task StartAgainAsync(string name) => System.StartAgainAsync(name);

    /// <summary>Wraps the Orders service's bus receiver so tests see when their subscriptions are active.</summary>
    private void RecordSubscriptions(WebApplicationBuilder builder)
    {
        var original = builder.Services.Last(d => d.ServiceType == typeof(ITopicEventReceiver));
        builder.Services.Remove(original);
        var create = original.ImplementationFactory
            ?? throw new InvalidOperationException("The Orders service's ITopicEventReceiver is expected to be registered through a factory.");
        builder.Services.AddSingleton<ITopicEventReceiver>(sp => new RecordingTopicEventReceiver((ITopicEventReceiver)create(sp), OrderSubscriptions));
    }
}

/// <summary>The end-to-end tests share one running product.</summary>
[CollectionDefinition(Name)]
public sealed class CheckoutSystemCollection : ICollectionFixture<CheckoutSystemFixture>
{
    public const string Name = "checkout system";
}
