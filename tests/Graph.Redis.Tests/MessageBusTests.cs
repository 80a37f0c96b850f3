using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class MessageBusTests(RedisServerFixture redis)
{
    private readonly string _topic = $"order-status:{Guid.NewGuid():N}";

    [Fact]
    public async Task In_Memory_Bus_Should_Deliver_To_Every_Subscriber_Of_The_Topic() =>
        await Should_Deliver_To_Every_Subscriber(new InMemoryMessageBus(), new InMemoryMessageBus(), sameBus: true);

    [Fact]
    public async Task Redis_Bus_Should_Deliver_Across_Processes()
    {
        // Two clients with their own connections stand in for two replicas.
        await using var replicaA = redis.CreateClient();
        await using var replicaB = redis.CreateClient();

        await Should_Deliver_To_Every_Subscriber(new RedisMessageBus(replicaA), new RedisMessageBus(replicaB), sameBus: false);
    }

    [Fact]
    public async Task Disposed_Subscription_Should_Stop_Receiving_And_End_Its_Stream()
    {
        await using var client = redis.CreateClient();
        var bus = new RedisMessageBus(client);
        var subscription = await bus.SubscribeAsync(_topic);

        await subscription.DisposeAsync();

        await Bounded.RetryAsync(() => client.PublishAsync("bus:" + _topic, "x"), n => n == 0, "the bus to unsubscribe");
        var messages = new List<BusMessage>();
        await foreach (var message in subscription.ReadAllAsync())
        {
            messages.Add(message);
        }

        messages.Should().BeEmpty();
    }

    [Fact]
    public async Task Slow_Reader_Should_Lose_The_Oldest_Messages_And_Count_Them()
    {
        var bus = new InMemoryMessageBus(bufferCapacity: 2);
        await using var subscription = await bus.SubscribeAsync(_topic);

        foreach (var text in new[] { "1", "2", "3", "4" })
        {
            await bus.PublishAsync(_topic, text);
        }

        subscription.Dropped.Should().Be(2);
        await using var reader = subscription.ReadAllAsync().GetAsyncEnumerator();
        (await reader.MoveNextAsync()).Should().BeTrue();
        reader.Current.Text.Should().Be("3");
    }

    private async Task Should_Deliver_To_Every_Subscriber(IMessageBus publisherSide, IMessageBus otherSide, bool sameBus)
    {
        var subscriberBus = sameBus ? publisherSide : otherSide;
        await using var local = await publisherSide.SubscribeAsync(_topic);
        await using var remote = await subscriberBus.SubscribeAsync(_topic);
        await using var unrelated = await subscriberBus.SubscribeAsync(_topic + ":other");

        await publisherSide.PublishAsync(_topic, "PAID");
        await publisherSide.PublishAsync(_topic, "SHIPPED");

        (await ReadAsync(local, 2)).Should().Equal("PAID", "SHIPPED");
        (await ReadAsync(remote, 2)).Should().Equal("PAID", "SHIPPED");
        await publisherSide.PublishAsync(_topic + ":other", "X");
        (await ReadAsync(unrelated, 1)).Should().Equal("X");
    }

    private static async Task<List<string>> ReadAsync(IMessageSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(Bounded.DefaultWait);
        var texts = new List<string>();
        try
        {
            await foreach (var message in subscription.ReadAllAsync(timeout.Token))
            {
                message.Topic.Should().Be(subscription.Topic);
                texts.Add(message.Text);
                if (texts.Count == count)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out waiting for {count} messages on {subscription.Topic}; got [{string.Join(", ", texts)}].");
        }

        return texts;
    }
}
