using System.Collections.Concurrent;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// The local subscribers of each topic, as copy-on-write arrays: delivery (hot, any thread) reads
/// a snapshot without locking; subscribing and unsubscribing (rare) copy under a lock.
/// </summary>
internal sealed class TopicSubscriberSet
{
    private readonly ConcurrentDictionary<string, TopicSubscriber[]> _topics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int TopicCount => _topics.Count;

    public IReadOnlyList<TopicSubscriber> Get(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers : [];

    /// <summary>Adds <paramref name="subscriber"/>; true when it is the topic's first.</summary>
    public bool Add(TopicSubscriber subscriber)
    {
        lock (_gate)
        {
            var existing = _topics.TryGetValue(subscriber.Topic, out var current);
            _topics[subscriber.Topic] = existing ? [.. current!, subscriber] : [subscriber];
            return !existing;
        }
    }

    /// <summary>Removes <paramref name="subscriber"/>; true when it was the topic's last.</summary>
    public bool Remove(TopicSubscriber subscriber)
    {
        lock (_gate)
        {
            if (!_topics.TryGetValue(subscriber.Topic, out var current) || Array.IndexOf(current, subscriber) < 0)
            {
                return false;
            }

            if (current.Length == 1)
            {
                _topics.TryRemove(subscriber.Topic, out _);
                return true;
            }

            _topics[subscriber.Topic] = current.Where(s => !ReferenceEquals(s, subscriber)).ToArray();
            return false;
        }
    }

    /// <summary>Removes every subscriber of <paramref name="topic"/> and returns them.</summary>
    public IReadOnlyList<TopicSubscriber> RemoveAll(string topic)
    {
        lock (_gate)
        {
            return _topics.TryRemove(topic, out var removed) ? removed : [];
        }
    }
}
