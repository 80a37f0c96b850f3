namespace Graph.SmtpSink;

/// <summary>
/// The messages the sink accepted, in arrival order, at most <see cref="Capacity"/> (the oldest are dropped) so a
/// long-running sink does not grow without bound. Thread-safe: sessions add, the HTTP endpoints and tests read.
/// </summary>
public sealed class MessageStore(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<ReceivedMessage> _messages = new();
    private readonly List<(Func<IReadOnlyList<ReceivedMessage>, bool> Condition, TaskCompletionSource Done)> _waiters = [];

    /// <summary>How many messages are kept.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>A snapshot of the kept messages, oldest first.</summary>
    public IReadOnlyList<ReceivedMessage> All
    {
        get { lock (_gate) return [.. _messages]; }
    }

    internal void Add(ReceivedMessage message)
    {
        lock (_gate)
        {
            _messages.AddLast(message);
            while (_messages.Count > Capacity) _messages.RemoveFirst();
            NotifyWaiters();
        }
    }

    /// <summary>Forgets every message.</summary>
    public void Clear()
    {
        lock (_gate) _messages.Clear();
    }

    /// <summary>Completes when the kept messages satisfy <paramref name="condition"/> (checked now and on every arrival).</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitUntilAsync(Func<IReadOnlyList<ReceivedMessage>, bool> condition, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition([.. _messages])) return [.. _messages];
            _waiters.Add((condition, done));
        }
        await done.Task.WaitAsync(ct);
        return All;
    }

    private void NotifyWaiters()
    {
        var snapshot = _messages.ToList();
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (!_waiters[i].Condition(snapshot)) continue;
            _waiters[i].Done.TrySetResult();
            _waiters.RemoveAt(i);
        }
    }
}
