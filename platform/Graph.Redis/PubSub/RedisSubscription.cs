namespace Graph.Redis;

/// <summary>One handler on one channel or pattern; disposing it removes the handler and, for the last one, unsubscribes.</summary>
public sealed class RedisSubscription : IAsyncDisposable
{
    private readonly RedisSubscriber _subscriber;
    private int _disposed;

    internal RedisSubscription(RedisSubscriber subscriber, string name, bool isPattern, Action<RedisMessage> handler)
    {
        _subscriber = subscriber;
        Name = name;
        IsPattern = isPattern;
        Handler = handler;
    }

    /// <summary>The channel or pattern, without the client's prefix.</summary>
    public string Name { get; }

    public bool IsPattern { get; }

    internal Action<RedisMessage> Handler { get; }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _subscriber.RemoveAsync(this).ConfigureAwait(false);
        }
    }
}
