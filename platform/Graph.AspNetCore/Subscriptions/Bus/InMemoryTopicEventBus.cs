using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// The subscription bus within one process (single replica, or no Redis configured): messages are
/// handed to subscribers as the same object, without serialization.
/// </summary>
public sealed class InMemoryTopicEventBus(IOptions<SubscriptionBusOptions> options) : ITopicEventSender, ITopicEventReceiver
{
    private readonly SubscriptionBusOptions _options = options.Value;
    private readonly TopicSubscriberSet _subscribers = new();

    public InMemoryTopicEventBus()
        : this(Options.Create(new SubscriptionBusOptions()))
    {
    }

    /// <summary>Topics with at least one subscriber in this process.</summary>
    public int ActiveTopics => _subscribers.TopicCount;

    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var subscriber in _subscribers.Get(topic))
        {
            subscriber.Deliver(message);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        foreach (var subscriber in _subscribers.RemoveAll(topic))
        {
            subscriber.Complete();
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default) =>
        SubscribeAsync<TMessage>(topic, _options.TopicBufferCapacity, _options.TopicBufferFullMode, cancellationToken);

    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int bufferCapacity, TopicBufferFullMode fullMode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var subscription = new TopicSubscription<TMessage>(topic, bufferCapacity, fullMode, Unsubscribe);
        _subscribers.Add(subscription);
        subscription.UnsubscribeOn(cancellationToken);
        return ValueTask.FromResult<ISourceStream<TMessage>>(subscription);
    }

    private ValueTask Unsubscribe(TopicSubscriber subscriber)
    {
        _subscribers.Remove(subscriber);
        return ValueTask.CompletedTask;
    }
}
