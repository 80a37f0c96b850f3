using System.Collections.Concurrent;
using Graph.AspNetCore.Subscriptions;
using Graph.Testing.Polling;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// Counts the Orders service's active bus subscriptions per topic (a decorator of its <see cref="ITopicEventReceiver"/>),
/// so a test knows its subscribers are listening (the bus guarantees a stream is active once subscribed) before the
/// saga moves on.
/// </summary>
public sealed class SubscriptionRegistry
{
    private readonly ConcurrentDictionary<string, int> _subscribed = new(StringComparer.Ordinal);

    /// <summary>How many subscriptions to <paramref name="topic"/> were made so far.</summary>
    public int Count(string topic) => _subscribed.GetValueOrDefault(topic);

    /// <summary>Waits (at most 20 s) until <paramref name="topic"/> has at least <paramref name="count"/> subscriptions.</summary>
    public Task WaitForAsync(string topic, int count) =>
        Eventually.HoldsAsync(() => Count(topic) >= count, $"{count} subscriptions to {topic}", TimeSpan.FromSeconds(20));

    internal void Add(string topic) => _subscribed.AddOrUpdate(topic, 1, (_, n) => n + 1);
}

/// <summary>Subscribes through the real bus and records each subscription once it is active.</summary>
internal sealed class RecordingTopicEventReceiver(ITopicEventReceiver inner, SubscriptionRegistry registry) : ITopicEventReceiver
{
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        var stream = await inner.SubscribeAsync<TMessage>(topic, cancellationToken).ConfigureAwait(false);
        registry.Add(topic);
        return stream;
    }

    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int bufferCapacity, TopicBufferFullMode fullMode, CancellationToken cancellationToken = default)
    {
        var stream = await inner.SubscribeAsync<TMessage>(topic, bufferCapacity, fullMode, cancellationToken).ConfigureAwait(false);
        registry.Add(topic);
        return stream;
    }
}
