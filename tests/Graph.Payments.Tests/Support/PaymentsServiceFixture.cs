using Graph.FakeStripe;
using Graph.Messaging;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Infrastructure;
using Graph.Testing.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Payments.Tests.Support;

/// <summary>
/// The Payments service on real HTTP with its own PostgreSQL database, Redis, the Kafka mock cluster and the fake
/// Stripe (<see cref="Stripe"/>) in process on its own port; JWTs from <see cref="Tokens"/>.
/// </summary>
public sealed class PaymentsServiceFixture() : ServiceFixture("payments"), IAsyncLifetime
{
    public const string WebhookSecret = "whsec_test_secret_for_tests";

    private FakeStripeServer? stripe;

    public TestTokens Tokens { get; } = new();

    public FakeStripeServer Stripe => stripe ?? throw new InvalidOperationException("Started in InitializeAsync.");

    protected override IReadOnlyDictionary<string, string?> Settings => ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
    {
        ["Stripe:ApiBase"] = Stripe.BaseAddress.ToString(),
        ["Stripe:ApiKey"] = "sk_test_payments_tests",
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Kafka:Consumer:SessionTimeout"] = "00:00:06",
    });

    /// <summary>Starts the fake Stripe first: the service is configured with its address. (Re-implements IAsyncLifetime: the base method is not virtual.)</summary>
    public new async Task InitializeAsync()
    {
        stripe = await FakeStripeServer.StartAsync();
        await base.InitializeAsync();
        await WarmUpConsumersAsync();
    }

    /// <summary>
    /// The topics do not exist until first written, and a consumer subscribed to a missing topic only notices it at a
    /// later metadata refresh: one harmless event per topic, waited for, makes every consumer live before a test runs.
    /// </summary>
    private async Task WarmUpConsumersAsync()
    {
        var probes = new IntegrationEvent[]
        {
            new OrderStatusChanged(Guid.NewGuid(), Guid.NewGuid(), "PAID", "PENDING"),
            new InventoryReserved(Guid.NewGuid()),
            new OrderCreated(Guid.NewGuid(), Guid.NewGuid(), null, "pm_card_visa", "USD", "1.00"),
            new UserDeleted(Guid.NewGuid()),
        };
        foreach (var probe in probes)
        {
            await PublishAsync(probe);
        }

        foreach (var probe in probes)
        {
            await WaitForInboxAsync(probe.Id);
        }
    }

    /// <summary>Waits until a consumer committed the message (its inbox row), so what it did is visible.</summary>
    public async Task WaitForInboxAsync(Guid messageId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
            command.Parameters.AddWithValue("id", messageId);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Message {messageId} was not consumed.");
            await Task.Delay(50);
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (stripe is not null) await stripe.DisposeAsync();
        Tokens.Dispose();
    }

    protected override WebApplication Build(string[] args) => PaymentsService.Build(args);

    /// <summary>Publishes an event to Kafka as its producer would (the service's map knows every type it consumes).</summary>
    public Task PublishAsync(IntegrationEvent integrationEvent) =>
        Host.Services.GetRequiredService<IEventPublisher>().PublishAsync(integrationEvent);

    public PaymentsDb CreateDb() => new(new DbContextOptionsBuilder<PaymentsDb>().UseNpgsql(ConnectionString).Options);

    public async Task<Payment?> FindPaymentAsync(Guid orderId)
    {
        await using var db = CreateDb();
        return await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId);
    }

    /// <summary>
    /// Waits for the order's payment to reach a state (the saga is asynchronous). The bound only stops a broken run;
    /// it is not a performance threshold.
    /// </summary>
    public async Task<Payment> WaitForPaymentAsync(Guid orderId, Func<Payment, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var payment = await FindPaymentAsync(orderId);
            if (payment is not null && until(payment)) return payment;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Payment of order {orderId} is {payment?.Status.ToString() ?? "missing"}.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The outbox rows of the order with this event type (<c>payment.succeeded.v1</c>...).</summary>
    public async Task<List<string>> OutboxPayloadsAsync(Guid orderId, string type)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM outbox_messages WHERE key = @id AND type = @type", connection);
        command.Parameters.AddWithValue("id", orderId.ToString());
        command.Parameters.AddWithValue("type", type);
        var payloads = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) payloads.Add(reader.GetString(0));
        return payloads;
    }
}

/// <summary>The test classes that share one running Payments service.</summary>
[CollectionDefinition(Name)]
public sealed class PaymentsServiceCollection : ICollectionFixture<PaymentsServiceFixture>
{
    public const string Name = "Payments service";
}
