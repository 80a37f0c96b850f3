namespace Graph.Redis;

/// <summary>The bus over Redis pub/sub: every process subscribed to a topic receives what any process publishes.</summary>
public sealed class RedisMessageBus(RedisClient client, int bufferCapacity = InMemoryMessageBus.DefaultBufferCapacity) : IMessageBus
{
    // Keeps bus traffic apart from other pub/sub users of the same server and prefix.
    private const string ChannelPrefix = "bus:";

    public Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return client.PublishAsync(ChannelPrefix + topic, payload, cancellationToken);
    }

    public async Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        RedisSubscription? redis = null;
        var subscription = new MessageSubscription(
            topic,
            bufferCapacity,
            _ => redis?.DisposeAsync() ?? ValueTask.CompletedTask);
        redis = await client.Subscriber
            .SubscribeAsync(ChannelPrefix + topic, message => subscription.Deliver(new BusMessage(topic, message.Payload)), cancellationToken)
            .ConfigureAwait(false);
        return subscription;
    }
}
