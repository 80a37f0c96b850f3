using System.Collections.Concurrent;

namespace Graph.Redis;

/// <summary>The bus within one process, for a single replica or when no Redis is configured.</summary>
public sealed class InMemoryMessageBus(int bufferCapacity = InMemoryMessageBus.DefaultBufferCapacity) : IMessageBus
{
    public const int DefaultBufferCapacity = 10_000;
    private readonly ConcurrentDictionary<string, MessageSubscription[]> _topics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        if (_topics.TryGetValue(topic, out var subscriptions))
        {
            // Copied because the caller may reuse its buffer once this returns, as with Redis.
            var message = new BusMessage(topic, payload.ToArray());
            foreach (var subscription in subscriptions)
            {
                subscription.Deliver(message);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var subscription = new MessageSubscription(topic, bufferCapacity, RemoveAsync);
        lock (_gate)
        {
            _topics[topic] = _topics.TryGetValue(topic, out var existing) ? [.. existing, subscription] : [subscription];
        }

        return Task.FromResult<IMessageSubscription>(subscription);
    }

    private ValueTask RemoveAsync(MessageSubscription subscription)
    {
        lock (_gate)
        {
            if (_topics.TryGetValue(subscription.Topic, out var existing))
            {
                var remaining = existing.Where(s => !ReferenceEquals(s, subscription)).ToArray();
                if (remaining.Length == 0)
                {
                    _topics.TryRemove(subscription.Topic, out _);
                }
                else
                {
                    _topics[subscription.Topic] = remaining;
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
