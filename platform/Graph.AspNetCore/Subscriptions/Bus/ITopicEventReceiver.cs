namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// Subscribes to topics (HotChocolate's <c>ITopicEventReceiver</c>). The returned stream is
/// active when the task completes: every message sent afterwards reaches it. Use it directly as
/// a subscription's source stream:
/// <code>
/// schema.BindSubscribe("Subscription", "orderChanged", async c =>
///     await c.Service&lt;ITopicEventReceiver&gt;().SubscribeAsync&lt;Order&gt;($"order:{c.ArgumentValue&lt;string&gt;("id")}", c.RequestAborted));
/// </code>
/// </summary>
public interface ITopicEventReceiver
{
    /// <summary>Subscribes with the bus's default buffer (<see cref="SubscriptionBusOptions"/>).</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);

    /// <summary>Subscribes with a buffer of its own: <paramref name="bufferCapacity"/> messages, <paramref name="fullMode"/> when full.</summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int bufferCapacity, TopicBufferFullMode fullMode, CancellationToken cancellationToken = default);
}
