namespace Graph.Messaging;

/// <summary>
/// Wakes the outbox relays right after a commit that wrote outbox rows, so events leave within
/// milliseconds instead of a poll interval. A relay takes <see cref="Next"/> before it polls, so
/// a notification that arrives during the poll is not lost.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify()
    {
        var previous = Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        previous.TrySetResult();
    }

    /// <summary>Waits for <paramref name="notified"/> or <paramref name="timeout"/>, whichever is first; never throws on timeout.</summary>
    internal static async Task WaitAsync(Task notified, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, delayCancellation.Token);
        await Task.WhenAny(notified, delay).ConfigureAwait(false);
        await delayCancellation.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
