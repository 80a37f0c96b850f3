using System.Text;

namespace Graph.Redis;

/// <summary>
/// Fire-and-forget fan-out between replicas (the subscription bus of ARCHITECTURE.md section 7):
/// a message published by any process reaches the subscribers of every process. At most once:
/// a subscriber that is not connected when a message is published does not get it.
/// </summary>
public interface IMessageBus
{
    Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>Subscribes; the subscription is active when the returned task completes. Dispose it to unsubscribe.</summary>
    Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default);
}

/// <summary>Messages of one topic, buffered until read; disposing it unsubscribes.</summary>
public interface IMessageSubscription : IAsyncDisposable
{
    string Topic { get; }

    /// <summary>Messages dropped because the buffer was full (the oldest go first).</summary>
    long Dropped { get; }

    /// <summary>Messages in arrival order until the subscription is disposed or <paramref name="cancellationToken"/> fires.</summary>
    IAsyncEnumerable<BusMessage> ReadAllAsync(CancellationToken cancellationToken = default);
}

public sealed record BusMessage(string Topic, ReadOnlyMemory<byte> Payload)
{
    public string Text => Encoding.UTF8.GetString(Payload.Span);
}

public static class MessageBusExtensions
{
    public static Task PublishAsync(this IMessageBus bus, string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bus);
        return bus.PublishAsync(topic, Encoding.UTF8.GetBytes(message), cancellationToken);
    }
}
