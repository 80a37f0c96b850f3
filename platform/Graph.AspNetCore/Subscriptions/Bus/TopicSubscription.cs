using System.Threading.Channels;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>What a bus holds per subscription: where to deliver a topic's messages and how to end it.</summary>
internal abstract class TopicSubscriber
{
    public abstract string Topic { get; }

    /// <summary>The CLR type the subscriber reads; the Redis bus deserializes to it.</summary>
    public abstract Type MessageType { get; }

    /// <summary>Buffers one message without waiting; never throws.</summary>
    public abstract void Deliver(object? message);

    /// <summary>Ends the subscription after its buffered messages, with <paramref name="error"/> if given, and unsubscribes.</summary>
    public abstract void Complete(Exception? error = null);
}

/// <summary>
/// One subscription: a bounded buffer between the bus (any thread, never blocked) and the single
/// reader, with the overflow policy of <see cref="TopicBufferFullMode"/>. Disposing it, ending its
/// enumeration, completing the topic or cancelling the subscribe token unsubscribes, once.
/// </summary>
internal sealed class TopicSubscription<TMessage> : TopicSubscriber, ISourceStream<TMessage>
{
    private readonly Channel<TMessage> _buffer;
    private readonly int _capacity;
    private readonly bool _failWhenFull;
    private readonly Func<TopicSubscriber, ValueTask> _unsubscribe;
    private CancellationTokenRegistration _cancellation;
    private long _dropped;
    private int _enumerated;
    private int _disposed;

    public TopicSubscription(string topic, int capacity, TopicBufferFullMode fullMode, Func<TopicSubscriber, ValueTask> unsubscribe)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Topic = topic;
        _capacity = capacity;
        _unsubscribe = unsubscribe;
        _failWhenFull = fullMode == TopicBufferFullMode.Fail;
        var channelMode = fullMode switch
        {
            TopicBufferFullMode.DropOldest => BoundedChannelFullMode.DropOldest,
            TopicBufferFullMode.DropNewest => BoundedChannelFullMode.DropNewest,
            TopicBufferFullMode.DropWrite => BoundedChannelFullMode.DropWrite,
            _ => BoundedChannelFullMode.Wait,
        };
        _buffer = Channel.CreateBounded<TMessage>(
            new BoundedChannelOptions(capacity) { FullMode = channelMode, SingleReader = true, SingleWriter = false },
            _ => Interlocked.Increment(ref _dropped));
    }

    public override string Topic { get; }

    public override Type MessageType => typeof(TMessage);

    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Ties the subscription to the subscriber's lifetime (for a resolver: the operation's token).</summary>
    public void UnsubscribeOn(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.Register(static state => ((TopicSubscriber)state!).Complete(), this);
        }
    }

    public override void Deliver(object? message)
    {
        if (message is not TMessage typed)
        {
            if (message is not null || default(TMessage) is not null)
            {
                Complete(new InvalidCastException(
                    $"Topic '{Topic}' carried a {message?.GetType().Name ?? "null"}, but this subscription reads {typeof(TMessage).Name}."));
                return;
            }

            typed = default!;
        }

        // In Wait mode TryWrite refuses instead of waiting: that is the Fail policy's overflow.
        if (!_buffer.Writer.TryWrite(typed) && _failWhenFull && Volatile.Read(ref _disposed) == 0)
        {
            Interlocked.Increment(ref _dropped);
            Complete(new TopicBufferOverflowException(Topic, _capacity));
        }
    }

    public override void Complete(Exception? error = null)
    {
        _buffer.Writer.TryComplete(error);
        _ = DisposeAsync().AsTask();
    }

    public async IAsyncEnumerator<TMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException($"The subscription to topic '{Topic}' can be enumerated only once.");
        }

        try
        {
            while (await _buffer.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_buffer.Reader.TryRead(out var message))
                {
                    yield return message;
                }
            }
        }
        finally
        {
            await DisposeAsync().ConfigureAwait(false);
        }
    }

    public async IAsyncEnumerable<object?> ReadEventsAsync()
    {
        await foreach (var message in ((IAsyncEnumerable<TMessage>)this).ConfigureAwait(false))
        {
            yield return message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _buffer.Writer.TryComplete();
        await _cancellation.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _unsubscribe(this).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Unsubscribing is best effort (a Redis connection may be down); the buffer is closed either way.
        }
    }
}
