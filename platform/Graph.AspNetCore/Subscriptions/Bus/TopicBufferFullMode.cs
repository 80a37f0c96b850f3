namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// What a subscription's bounded buffer does when its reader (a slow client) falls behind. The
/// sender never waits for a subscriber: one slow client must not hold back the others, nor the
/// Redis connection that delivers to every subscriber of the process.
/// </summary>
public enum TopicBufferFullMode
{
    /// <summary>The oldest buffered message is dropped to make room (the default: a live view wants the newest state).</summary>
    DropOldest,

    /// <summary>The newest buffered message is replaced by the incoming one.</summary>
    DropNewest,

    /// <summary>The incoming message is dropped; the buffered ones are kept.</summary>
    DropWrite,

    /// <summary>The subscription fails with <see cref="TopicBufferOverflowException"/>, so the client learns it missed events.</summary>
    Fail,
}

/// <summary>A subscription with <see cref="TopicBufferFullMode.Fail"/> whose buffer overflowed.</summary>
public sealed class TopicBufferOverflowException(string topic, int capacity)
    : Exception($"The subscription to topic '{topic}' fell more than {capacity} messages behind and was ended.")
{
    public string Topic { get; } = topic;
}
