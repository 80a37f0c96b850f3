namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// One subscription to a topic (HotChocolate's <c>ISourceStream&lt;T&gt;</c>): the messages in
/// publication order, until the topic completes, the subscription is disposed, or the
/// cancellation token given to <see cref="ITopicEventReceiver.SubscribeAsync{TMessage}(string, CancellationToken)"/> fires.
/// It can be enumerated once; ending the enumeration unsubscribes. For reference types it is an
/// <c>IAsyncEnumerable&lt;object?&gt;</c> by covariance, which is what a subscribe resolver
/// returns; for value types use <see cref="ReadEventsAsync"/>.
/// </summary>
public interface ISourceStream<out TMessage> : IAsyncEnumerable<TMessage>, IAsyncDisposable
{
    string Topic { get; }

    /// <summary>Messages this subscription lost because its buffer was full (see <see cref="TopicBufferFullMode"/>).</summary>
    long Dropped { get; }

    /// <summary>The same messages, boxed, for a subscribe resolver of a value-typed topic.</summary>
    IAsyncEnumerable<object?> ReadEventsAsync();
}
