using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Graph.Redis;

/// <summary>
/// A bounded buffer between the delivering thread and the reader. When a reader falls behind,
/// the oldest messages are dropped and counted rather than blocking delivery for every other
/// subscriber (Redis itself disconnects subscribers that fall too far behind).
/// </summary>
internal sealed class MessageSubscription : IMessageSubscription
{
    private readonly Channel<BusMessage> _messages;
    private readonly Func<MessageSubscription, ValueTask> _unsubscribe;
    private long _dropped;
    private int _disposed;

    public MessageSubscription(string topic, int capacity, Func<MessageSubscription, ValueTask> unsubscribe)
    {
        Topic = topic;
        _unsubscribe = unsubscribe;
        _messages = Channel.CreateBounded<BusMessage>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = false, SingleReader = false },
            _ => Interlocked.Increment(ref _dropped));
    }

    public string Topic { get; }

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Deliver(BusMessage message) => _messages.Writer.TryWrite(message);

    public async IAsyncEnumerable<BusMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in _messages.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
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

        _messages.Writer.TryComplete();
        await _unsubscribe(this).ConfigureAwait(false);
    }
}
