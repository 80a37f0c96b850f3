using System.Text;
using FluentAssertions;
using Graph.Messaging;
using Graph.Testing.Kafka;
using Graph.Testing.Polling;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Messaging.Tests;

/// <summary>Poison messages: parked in <c>&lt;topic&gt;.dlq</c> with their error, listed and replayed.</summary>
public sealed class DeadLetterTests(MessagingDatabase database, KafkaFixture kafka, ITestOutputHelper output)
    : IClassFixture<MessagingDatabase>, IClassFixture<KafkaFixture>
{
    private HostPlan Plan() =>
        new(kafka.BootstrapServers, database.ConnectionString, KafkaFixture.UniqueTopic("order.create"), KafkaFixture.UniqueGroup("orders"))
        {
            Consumer = true,
            Output = output,
        };

    [Fact]
    public async Task Poison_Message_Should_Land_In_The_Dlq_With_Its_Error_And_Be_Replayable()
    {
        var plan = Plan();
        var poison = ConsumerTests.NewOrder("mallory");
        var next = ConsumerTests.NewOrder("ada");
        var fixedYet = false;
        plan.Probe.ShouldFail = (e, _) => e.Id == poison.Id && !Volatile.Read(ref fixedYet);
        await using var host = await MessagingHost.StartAsync(plan);

        await ConsumerTests.PublishAsync(host, [poison, next]);

        var dlq = await kafka.ConsumeAsync(MessageHeaders.DeadLetterTopic(plan.Topic), 1);
        dlq.Should().ContainSingle("the poison message is parked once");
        var parked = dlq[0];
        parked.Key.Should().Be(poison.OrderId.ToString());
        parked.Header(MessageHeaders.ErrorMessage).Should().Be($"Simulated failure of order {poison.OrderId} on attempt 3");
        parked.Header(MessageHeaders.ErrorType).Should().Be(typeof(InvalidOperationException).FullName);
        parked.Header(MessageHeaders.Attempts).Should().Be("3");
        parked.Header(MessageHeaders.OriginalTopic).Should().Be(plan.Topic);
        parked.Header(MessageHeaders.ConsumerGroup).Should().Be(plan.Group);
        parked.Header(MessageHeaders.EventType).Should().Be("order.created.v1", "the original headers travel with the dead letter");
        await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, [next.Id]),
            c => c[next.Id] == 1,
            "the message after the poison one to be handled");
        (await Database.EffectCountsAsync(database.ConnectionString, [poison.Id]))[poison.Id].Should().Be(0, "every failed attempt rolled back");

        var letters = await host.Get<DeadLetterQueue>().ListAsync(plan.Topic);
        var letter = letters.Should().ContainSingle().Subject;
        letter.MessageId.Should().Be(poison.Id);
        letter.EventType.Should().Be("order.created.v1");
        letter.OriginalTopic.Should().Be(plan.Topic);
        letter.OriginalPartition.Should().Be(int.Parse(parked.Header(MessageHeaders.OriginalPartition)!, System.Globalization.CultureInfo.InvariantCulture));
        letter.OriginalOffset.Should().Be(long.Parse(parked.Header(MessageHeaders.OriginalOffset)!, System.Globalization.CultureInfo.InvariantCulture));
        letter.Attempts.Should().Be(3);
        letter.ErrorMessage.Should().Contain("Simulated failure");

        Volatile.Write(ref fixedYet, true);
        await host.Get<DeadLetterQueue>().ReplayAsync(plan.Topic, letter.Partition, letter.Offset);

        var counts = await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, [poison.Id]),
            c => c[poison.Id] >= 1,
            "the replayed message to be handled");
        counts[poison.Id].Should().Be(1);
    }

    [Fact]
    public async Task Replaying_All_Twice_Should_Still_Apply_Each_Effect_Once()
    {
        var plan = Plan();
        var poisons = Enumerable.Range(0, 3).Select(i => ConsumerTests.NewOrder($"mallory-{i}")).ToList();
        var fixedYet = false;
        plan.Probe.ShouldFail = (_, _) => !Volatile.Read(ref fixedYet);
        await using var host = await MessagingHost.StartAsync(plan);
        await ConsumerTests.PublishAsync(host, poisons);
        var deadLetters = host.Get<DeadLetterQueue>();
        await Eventually.UntilAsync(() => deadLetters.ListAsync(plan.Topic), l => l.Count == 3, "three dead letters");

        Volatile.Write(ref fixedYet, true);
        (await deadLetters.ReplayAllAsync(plan.Topic)).Should().Be(3);
        (await deadLetters.ReplayAllAsync(plan.Topic)).Should().Be(3);

        var ids = poisons.Select(p => p.Id).ToList();
        await Eventually.UntilAsync(
            () => Database.EffectCountsAsync(database.ConnectionString, ids),
            c => c.Values.All(n => n >= 1),
            "every replayed message to be handled");
        var replayed = await kafka.ConsumeAsync(plan.Topic, 9);
        replayed.Should().HaveCount(9, "three originals and two replays of each");
        replayed.Count(r => r.Header(MessageHeaders.ReplayedFrom) is not null).Should().Be(6);
        await Eventually.UntilAsync(
            () => Task.FromResult(ids.Sum(plan.Probe.AttemptsOf)),
            attempts => attempts >= 3 * 3 + 3,
            "the consumer to reach the replays");
        (await Database.EffectCountsAsync(database.ConnectionString, ids)).Values.Should().AllSatisfy(n => n.Should().Be(1));
    }

    [Fact]
    public async Task Message_That_Is_Not_An_Envelope_Should_Go_To_The_Dlq_Without_Retries()
    {
        var plan = Plan();
        await using var host = await MessagingHost.StartAsync(plan);

        await kafka.ProduceAsync(plan.Topic, "key-1", Encoding.UTF8.GetBytes("this is not json"));

        var parked = (await kafka.ConsumeAsync(MessageHeaders.DeadLetterTopic(plan.Topic), 1)).Should().ContainSingle().Subject;
        parked.Text.Should().Be("this is not json");
        parked.Header(MessageHeaders.ErrorType).Should().Be(typeof(MalformedMessageException).FullName);
        parked.Header(MessageHeaders.Attempts).Should().Be("1");
    }

    [Fact]
    public async Task Message_Of_An_Unknown_Event_Type_Should_Go_To_The_Dlq_Naming_The_Type()
    {
        var plan = Plan();
        await using var host = await MessagingHost.StartAsync(plan);
        var envelope = EventEnvelope.Create(ConsumerTests.NewOrder("ada"), host.Get<IntegrationEventTypeMap>().Get("order.created.v1"), "/elsewhere")
            with { Type = "order.teleported.v1" };

        await kafka.ProduceAsync(plan.Topic, envelope.Subject, envelope.ToUtf8Bytes());

        var parked = (await kafka.ConsumeAsync(MessageHeaders.DeadLetterTopic(plan.Topic), 1)).Should().ContainSingle().Subject;
        parked.Header(MessageHeaders.ErrorType).Should().Be(typeof(UnknownIntegrationEventTypeException).FullName);
        parked.Header(MessageHeaders.ErrorMessage).Should().StartWith("Unknown integration event type 'order.teleported.v1'. Registered types: order.cancelled.v1, order.created.v1.");
        parked.Header(MessageHeaders.Attempts).Should().Be("1");
    }

    [Fact]
    public async Task List_Of_A_Topic_Without_Dead_Letters_Should_Be_Empty()
    {
        var plan = Plan() with { Consumer = false };
        await using var host = await MessagingHost.StartAsync(plan);

        var letters = await host.Get<DeadLetterQueue>().ListAsync(plan.Topic);

        letters.Should().BeEmpty();
    }
}
