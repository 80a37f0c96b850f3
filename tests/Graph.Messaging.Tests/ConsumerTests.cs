using FluentAssertions;
using Graph.Messaging;
using Graph.Testing.Kafka;
using Graph.Testing.Polling;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Messaging.Tests;

/// <summary>The consumer host on the mock cluster with a real PostgreSQL inbox.</summary>
public sealed class ConsumerTests(MessagingDatabase database, KafkaFixture kafka, ITestOutputHelper output)
    : IClassFixture<MessagingDatabase>, IClassFixture<KafkaFixture>
{
    private HostPlan Plan(string topic) =>
        new(kafka.BootstrapServers, database.ConnectionString, topic, KafkaFixture.UniqueGroup("orders"))
        {
            Consumer = true,
            Output = output,
        };

    [Fact]
    public async Task Handler_Throwing_Mid_Batch_Should_Lose_No_Event_And_Apply_No_Effect_Twice()
    {
        var plan = Plan(KafkaFixture.UniqueTopic("order.create"));
        var events = Enumerable.Range(0, 20).Select(i => NewOrder($"customer-{i}")).ToList();
        var flaky = new HashSet<Guid> { events[4].Id, events[11].Id, events[12].Id };
        // Each flaky event fails twice after writing its effect, then succeeds on the third (last) attempt.
        plan.Probe.ShouldFail = (e, attempt) => flaky.Contains(e.Id) && attempt < 3;
        await using var host = await MessagingHost.StartAsync(plan);

        await PublishAsync(host, events);

        var ids = events.Select(e => e.Id).ToList();
        var counts = await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, ids),
            c => c.Values.All(n => n >= 1),
            "an effect for each of the 20 events");
        counts.Values.Should().AllSatisfy(n => n.Should().Be(1));
        flaky.Select(plan.Probe.AttemptsOf).Should().AllBeEquivalentTo(3);
        (await kafka.ConsumeAsync(MessageHeaders.DeadLetterTopic(plan.Topic), 1, TimeSpan.FromSeconds(1))).Should().BeEmpty();
    }

    [Fact]
    public async Task Restarted_Consumer_Should_Handle_Every_Event_Once()
    {
        var plan = Plan(KafkaFixture.UniqueTopic("order.create")) with { Probe = new HandlerProbe { Delay = TimeSpan.FromMilliseconds(50) } };
        var events = Enumerable.Range(0, 30).Select(i => NewOrder($"customer-{i}")).ToList();
        var ids = events.Select(e => e.Id).ToList();

        var first = await MessagingHost.StartAsync(plan);
        await PublishAsync(first, events);
        await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, ids),
            c => c.Values.Count(n => n > 0) >= 5,
            "the first consumer to handle some events");
        await first.DisposeAsync();

        await using var second = await MessagingHost.StartAsync(plan);
        var counts = await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, ids),
            c => c.Values.All(n => n >= 1),
            "the restarted consumer to handle the rest");

        counts.Values.Should().AllSatisfy(n => n.Should().Be(1));
    }

    [Fact]
    public async Task Consumer_Restarted_After_Losing_Its_Offset_Commits_Should_Skip_What_It_Handled()
    {
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var plan = Plan(KafkaFixture.UniqueTopic("order.create")) with { Log = log };
        var events = Enumerable.Range(0, 10).Select(i => NewOrder($"customer-{i}")).ToList();
        var ids = events.Select(e => e.Id).ToList();
        await using (var first = await MessagingHost.StartAsync(plan))
        {
            await PublishAsync(first, events);
            await Eventually.UntilAsync(
                () => Database.EffectCountsAsync(database.ConnectionString, ids),
                c => c.Values.All(n => n >= 1),
                "the first consumer to handle every event");
        }

        // As if the process died after its database commits and before its offset commits.
        await kafka.RewindConsumerGroupAsync(plan.Topic, plan.Group);
        await using var second = await MessagingHost.StartAsync(plan);

        await Eventually.UntilAsync(
            () => Task.FromResult(log.Count(l => l.EndsWith(": Duplicate", StringComparison.Ordinal))),
            n => n == events.Count,
            "the restarted consumer to see all 10 events again");
        (await Database.EffectCountsAsync(database.ConnectionString, ids)).Values.Should().AllSatisfy(n => n.Should().Be(1));
        ids.Select(plan.Probe.AttemptsOf).Should().AllBeEquivalentTo(1, "the inbox skips a handled event before any handler runs");
    }

    [Fact]
    public async Task Event_Delivered_Twice_Should_Apply_Its_Effect_Once()
    {
        var plan = Plan(KafkaFixture.UniqueTopic("order.create"));
        var orderId = Guid.NewGuid();
        var duplicated = new OrderCreatedIntegrationEvent(orderId, "ada", 10m);
        // Same key as the duplicate, so it lands after both copies in the same partition.
        var sentinel = new OrderCreatedIntegrationEvent(orderId, "ada", 11m);
        await using var host = await MessagingHost.StartAsync(plan);

        await PublishAsync(host, [duplicated, duplicated, duplicated, sentinel]);

        await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, [sentinel.Id]),
            c => c[sentinel.Id] == 1,
            "the event published after the duplicates");
        var counts = await Database.EffectCountsAsync(database.ConnectionString, [duplicated.Id]);
        counts[duplicated.Id].Should().Be(1);
        plan.Probe.AttemptsOf(duplicated.Id).Should().Be(1, "the inbox skips a known id before the handler runs");
        var inboxRows = await Database.ScalarAsync<long>(
            database.ConnectionString, "SELECT count(*) FROM inbox_messages WHERE consumer = @group AND message_id = @id", ("group", plan.Group), ("id", duplicated.Id));
        inboxRows.Should().Be(1);
    }

    [Fact]
    public async Task Same_Event_In_Two_Consumer_Groups_Should_Be_Handled_Once_Per_Group()
    {
        var topic = KafkaFixture.UniqueTopic("order.create");
        var planA = Plan(topic);
        var planB = Plan(topic) with { Probe = planA.Probe };
        var integrationEvent = NewOrder("ada");
        await using var hostA = await MessagingHost.StartAsync(planA);
        await using var hostB = await MessagingHost.StartAsync(planB);

        await PublishAsync(hostA, [integrationEvent]);

        var counts = await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, [integrationEvent.Id]),
            c => c[integrationEvent.Id] >= 2,
            "both groups to handle the event");
        counts[integrationEvent.Id].Should().Be(2);
    }

    [Fact]
    public async Task Traceparent_Should_Carry_The_Publishers_Trace_To_The_Handler()
    {
        using var listener = TraceListener.Start();
        var plan = Plan(KafkaFixture.UniqueTopic("order.create"));
        var integrationEvent = NewOrder("ada");
        await using var host = await MessagingHost.StartAsync(plan);

        System.Diagnostics.ActivityTraceId traceId;
        using (var request = TraceListener.Source.StartActivity("checkout"))
        {
            request.Should().NotBeNull();
            traceId = request!.TraceId;
            await host.Get<IEventPublisher>().PublishAsync(integrationEvent);
        }

        var seen = await Eventually.UntilAsync(
            () => Task.FromResult(plan.Probe.Seen.Where(s => s.Context.Envelope.Id == integrationEvent.Id).ToList()),
            s => s.Count > 0,
            "the handler to see the event");
        seen[0].Context.TraceParent.Should().StartWith($"00-{traceId}-");
        seen[0].TraceId.Should().Be(traceId, "the consumer's activity continues the publisher's trace");
        var record = (await kafka.ConsumeAsync(plan.Topic, 1)).Single();
        record.Key.Should().Be(integrationEvent.OrderId.ToString());
        record.Header(MessageHeaders.EventType).Should().Be("order.created.v1");
    }

    internal static OrderCreatedIntegrationEvent NewOrder(string customer) => new(Guid.NewGuid(), customer, 42m);

    internal static async Task PublishAsync(MessagingHost host, IEnumerable<IntegrationEvent> events)
    {
        var publisher = host.Get<IEventPublisher>();
        foreach (var integrationEvent in events)
        {
            await publisher.PublishAsync(integrationEvent);
        }
    }
}
