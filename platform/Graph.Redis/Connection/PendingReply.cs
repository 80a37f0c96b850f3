using System.Threading.Tasks.Sources;

namespace Graph.Redis;

/// <summary>
/// The awaiter of one in-flight command: a single allocation that the reader loop completes
/// with the matching reply, or that a timeout, cancellation or broken connection completes
/// first. Whoever completes it first wins; the late reply is then dropped.
/// </summary>
internal sealed class PendingReply : IValueTaskSource<RespValue>
{
    private static readonly Action<object?> CancelCallback = static state =>
        ((PendingReply)state!).TrySetException(new OperationCanceledException("The Redis command was canceled."));

    // Continuations run on the thread pool, never inline on the socket reader, so a caller that
    // blocks cannot stall every other caller's replies.
    private ManualResetValueTaskSourceCore<RespValue> _core = new() { RunContinuationsAsynchronously = true };
    private CancellationTokenRegistration _cancellation;
    private int _completed;

    public PendingReply(long timeoutMs, string command)
    {
        TimeoutMs = timeoutMs;
        Deadline = Environment.TickCount64 + timeoutMs;
        Command = command;
    }

    /// <summary>How long the command may wait for its reply, in milliseconds.</summary>
    public long TimeoutMs { get; }

    /// <summary><see cref="Environment.TickCount64"/> after which the command times out.</summary>
    public long Deadline { get; }

    /// <summary>The command's name, for error messages.</summary>
    public string Command { get; }

    public bool IsCompleted => Volatile.Read(ref _completed) != 0;

    public ValueTask<RespValue> Task => new(this, _core.Version);

    public void RegisterCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(CancelCallback, this);
        }
    }

    public bool TrySetResult(RespValue value)
    {
        if (value.IsError)
        {
            return TrySetException(new RedisServerException(value.AsString() ?? "ERR"));
        }

        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }

        _cancellation.Unregister();
        _core.SetResult(value);
        return true;
    }

    public bool TrySetException(Exception exception)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
        {
            return false;
        }

        _cancellation.Unregister();
        _core.SetException(exception);
        return true;
    }

    public RespValue GetResult(short token) => _core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
