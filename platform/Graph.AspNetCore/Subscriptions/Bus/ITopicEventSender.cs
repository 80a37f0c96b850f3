namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// Publishes events to subscription topics (HotChocolate's <c>ITopicEventSender</c>): every
/// <see cref="ITopicEventReceiver"/> subscription of the topic receives the message, on this
/// replica (in-memory bus) or on every replica (Redis bus).
/// </summary>
public interface ITopicEventSender
{
    /// <summary>Publishes <paramref name="message"/> to <paramref name="topic"/>; subscribers receive it in publication order.</summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>Completes <paramref name="topic"/>: its current subscriptions end after the messages sent before.</summary>
    ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default);
}
