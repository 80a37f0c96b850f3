using System.Text.Json;
using FluentAssertions;
using Graph.Messaging;
using Graph.Testing.Kafka;
using Graph.Testing.Polling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Messaging.Tests;

/// <summary>The EF outbox and its relay on a real PostgreSQL database and the mock cluster.</summary>
public sealed class OutboxTests(MessagingDatabase database, KafkaFixture kafka, ITestOutputHelper output)
    : IClassFixture<MessagingDatabase>, IClassFixture<KafkaFixture>
{
    private HostPlan Plan(string topic) =>
        new(kafka.BootstrapServers, database.ConnectionString, topic, KafkaFixture.UniqueGroup("orders")) { Output = output };

    [Fact]
    public async Task Event_Saved_With_The_State_Change_Should_Be_Published_Keyed_By_Aggregate_With_Its_Trace()
    {
        using var listener = TraceListener.Start();
        var plan = Plan(KafkaFixture.UniqueTopic("order.create")) with { Relay = true };
        await using var host = await MessagingHost.StartAsync(plan);
        var orderId = Guid.NewGuid();

        OrderCreatedIntegrationEvent integrationEvent;
        System.Diagnostics.ActivityTraceId traceId;
        using (var request = TraceListener.Source.StartActivity("checkout"))
        {
            traceId = request!.TraceId;
            integrationEvent = await Outbox.CreateOrderAsync(host, orderId, "ada");
        }

        var record = (await kafka.ConsumeAsync(plan.Topic, 1)).Should().ContainSingle().Subject;
        record.Key.Should().Be(orderId.ToString());
        record.Header(MessageHeaders.TraceParent).Should().StartWith($"00-{traceId}-");
        var envelope = EventEnvelope.Parse(record.Value);
        envelope.Id.Should().Be(integrationEvent.Id);
        envelope.Source.Should().Be("/tests");
        envelope.Subject.Should().Be(orderId.ToString());
        envelope.Data.GetProperty("customer").GetString().Should().Be("ada");
        var row = await Eventually.UntilAsync(
            async () => (await Outbox.RowsAsync(host, [integrationEvent.Id])).Single(),
            r => r.SentAt is not null,
            "the relay to mark the row sent");
        row.Attempts.Should().Be(1);
        row.LastError.Should().BeNull();
    }

    [Fact]
    public async Task Rolled_Back_State_Change_Should_Leave_No_Event()
    {
        var plan = Plan(KafkaFixture.UniqueTopic("order.create")) with { Relay = true };
        await using var host = await MessagingHost.StartAsync(plan);
        var integrationEvent = ConsumerTests.NewOrder("ada");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(new Order { Id = Guid.NewGuid(), Customer = "ada" });
            db.AddIntegrationEvent(integrationEvent);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        (await Outbox.RowsAsync(host, [integrationEvent.Id])).Should().BeEmpty();
        (await kafka.ConsumeAsync(plan.Topic, 1, TimeSpan.FromSeconds(2))).Should().BeEmpty();
    }

    [Fact]
    public async Task Events_Written_While_The_Relay_Is_Down_Should_Be_Delivered_Once_After_It_Starts()
    {
        var topic = KafkaFixture.UniqueTopic("order.create");
        var orderId = Guid.NewGuid();
        var written = new List<OrderCreatedIntegrationEvent>();
        await using (var writer = await MessagingHost.StartAsync(Plan(topic)))
        {
            for (var i = 0; i < 10; i++)
            {
                written.Add(await Outbox.CreateOrderAsync(writer, orderId, $"customer-{i}"));
            }
        }

        var ids = written.Select(e => e.Id).ToList();
        (await Outbox.UnsentCountAsync(database.ConnectionString, ids)).Should().Be(10, "no relay ran yet");

        await using var service = await MessagingHost.StartAsync(Plan(topic) with { Relay = true, Consumer = true });

        var counts = await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, ids),
            c => c.Values.All(n => n >= 1),
            "every event written while the relay was down to reach the handler");
        counts.Values.Should().AllSatisfy(n => n.Should().Be(1));
        (await kafka.ConsumeAsync(topic, 10)).Select(r => EventEnvelope.Parse(r.Value).Id).Should().Equal(ids, "the relay publishes in write order");
    }

    [Fact]
    public async Task Relay_Crashing_After_Publish_Before_Marking_Sent_Should_Still_Apply_Each_Effect_Once()
    {
        var topic = KafkaFixture.UniqueTopic("order.create");
        var consumerPlan = Plan(topic) with { Consumer = true };
        await using var consumer = await MessagingHost.StartAsync(consumerPlan);
        var orderId = Guid.NewGuid();
        var written = new List<OrderCreatedIntegrationEvent>();
        await using (var relay = await MessagingHost.StartAsync(Plan(topic) with { Relay = true }))
        {
            for (var i = 0; i < 10; i++)
            {
                written.Add(await Outbox.CreateOrderAsync(relay, orderId, $"customer-{i}"));
            }

            await Eventually.UntilAsync(() => Outbox.UnsentCountAsync(database.ConnectionString, written.Select(e => e.Id).ToList()), n => n == 0, "the first relay to publish");
        }

        var ids = written.Select(e => e.Id).ToList();
        // The relay's commit is lost: the rows look unsent although Kafka has them.
        await Database.ExecuteAsync(database.ConnectionString, "UPDATE outbox_messages SET sent_at = NULL WHERE id = ANY(@ids)", ("ids", ids.ToArray()));

        await using var restarted = await MessagingHost.StartAsync(Plan(topic) with { Relay = true });
        await Eventually.UntilAsync(() => Outbox.UnsentCountAsync(database.ConnectionString, ids), n => n == 0, "the restarted relay to publish again");
        (await kafka.ConsumeAsync(topic, 20)).Should().HaveCount(20, "every event went out twice");
        // Same aggregate, same partition: once the sentinel is handled, so are the duplicates before it.
        var sentinel = await Outbox.CreateOrderAsync(restarted, orderId, "sentinel");
        await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, [sentinel.Id]),
            c => c[sentinel.Id] == 1,
            "the event published after the duplicates to be handled");

        (await Database.EffectCountsAsync(database.ConnectionString, ids)).Values.Should().AllSatisfy(n => n.Should().Be(1));
        (await Outbox.RowsAsync(restarted, ids)).Should().AllSatisfy(r => r.Attempts.Should().Be(2));
    }

    [Fact]
    public async Task Relay_Should_Retry_With_Backoff_Until_The_Broker_Takes_The_Event()
    {
        FlakyProducer? flaky = null;
        var plan = Plan(KafkaFixture.UniqueTopic("order.create")) with
        {
            Relay = true,
            Services = s => s.AddSingleton<IKafkaProducer>(sp => flaky = new FlakyProducer(sp.GetRequiredService<KafkaProducer>(), failures: 3)),
        };
        await using var host = await MessagingHost.StartAsync(plan);

        var integrationEvent = await Outbox.CreateOrderAsync(host, Guid.NewGuid(), "ada");

        var row = await Eventually.UntilAsync(
            async () => (await Outbox.RowsAsync(host, [integrationEvent.Id])).Single(),
            r => r.SentAt is not null,
            "the relay to get past the outage");
        row.Attempts.Should().Be(4, "three failed attempts were recorded before the one that went through");
        row.LastError.Should().BeNull();
        flaky!.Calls.Should().Be(4);
        (await kafka.ConsumeAsync(plan.Topic, 1)).Should().ContainSingle();
    }

    [Fact]
    public async Task Two_Relays_On_One_Table_Should_Not_Publish_A_Row_Twice()
    {
        var topic = KafkaFixture.UniqueTopic("order.create");
        var written = new List<OrderCreatedIntegrationEvent>();
        await using (var writer = await MessagingHost.StartAsync(Plan(topic)))
        {
            for (var i = 0; i < 60; i++)
            {
                written.Add(await Outbox.CreateOrderAsync(writer, Guid.NewGuid(), $"customer-{i}"));
            }
        }

        var ids = written.Select(e => e.Id).ToList();
        await using var first = await MessagingHost.StartAsync(Plan(topic) with { Relay = true });
        await using var second = await MessagingHost.StartAsync(Plan(topic) with { Relay = true });
        await Eventually.UntilAsync(() => Outbox.UnsentCountAsync(database.ConnectionString, ids), n => n == 0, "both relays to drain the outbox");

        var records = await kafka.ConsumeAsync(topic, ids.Count + 1, TimeSpan.FromSeconds(3));
        records.Select(r => EventEnvelope.Parse(r.Value).Id).Should().BeEquivalentTo(ids, "each row is published by exactly one relay");
    }

    [Fact]
    public async Task AddIntegrationEvent_Without_UseOutbox_Should_Say_How_To_Configure_It()
    {
        await using var db = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(database.ConnectionString).Options);

        var act = () => db.AddIntegrationEvent(ConsumerTests.NewOrder("ada"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*UseOutbox(serviceProvider)*");
    }

    [Fact]
    public async Task Envelope_Payload_Should_Be_Stored_As_Written()
    {
        var plan = Plan(KafkaFixture.UniqueTopic("order.create"));
        await using var host = await MessagingHost.StartAsync(plan);

        var integrationEvent = await Outbox.CreateOrderAsync(host, Guid.NewGuid(), "ada");

        var row = (await Outbox.RowsAsync(host, [integrationEvent.Id])).Single();
        row.Topic.Should().Be(plan.Topic);
        row.Type.Should().Be("order.created.v1");
        row.Key.Should().Be(integrationEvent.OrderId.ToString());
        JsonDocument.Parse(row.Payload).RootElement.GetProperty("id").GetGuid().Should().Be(integrationEvent.Id);
        row.SentAt.Should().BeNull();
    }
}
