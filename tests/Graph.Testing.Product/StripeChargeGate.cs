using Graph.Testing.Polling;

namespace Graph.Testing.Product;

/// <summary>
/// Holds the Payments service's PaymentIntent requests to the fake Stripe while closed, so a test can connect its
/// subscribers, or stop a service, before the order's outcome is decided (no race with the saga). Open by default.
/// <see cref="Close"/> holds a charge before it reaches Stripe; <see cref="CloseAfterCharges"/> lets it reach Stripe
/// and holds Stripe's answer, which is where a crash hurts most (charged at Stripe, nothing committed in Payments).
/// </summary>
public sealed class StripeChargeGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = NewOpenSource(completed: true);
    private bool _holdAnswers;
    private int _held;

    /// <summary>How many charges were held so far (each counted once, when it started waiting).</summary>
    public int Held => Volatile.Read(ref _held);

    /// <summary>From now on, charges wait before reaching Stripe until <see cref="Open"/>.</summary>
    public void Close() => Close(holdAnswers: false);

    /// <summary>From now on, charges reach Stripe, and Stripe's answers wait until <see cref="Open"/>.</summary>
    public void CloseAfterCharges() => Close(holdAnswers: true);

    /// <summary>Lets every held and later charge through.</summary>
    public void Open()
    {
        lock (_lock)
        {
            _open.TrySetResult();
        }
    }

    /// <summary>Waits (at most 20 s) until at least <paramref name="count"/> charges were held.</summary>
    public Task WaitUntilHeldAsync(int count) =>
        Eventually.HoldsAsync(() => Held >= count, $"{count} held charges", TimeSpan.FromSeconds(20));

    internal bool HoldsAnswers
    {
        get
        {
            lock (_lock)
            {
                return _holdAnswers;
            }
        }
    }

    internal Task WaitOpenAsync(CancellationToken cancellationToken)
    {
        Task open;
        lock (_lock)
        {
            open = _open.Task;
        }

        if (!open.IsCompleted)
        {
            Interlocked.Increment(ref _held);
        }

        return open.WaitAsync(cancellationToken);
    }

    private void Close(bool holdAnswers)
    {
        lock (_lock)
        {
            if (_open.Task.IsCompleted)
            {
                _open = NewOpenSource(completed: false);
            }

            _holdAnswers = holdAnswers;
        }
    }

    private static TaskCompletionSource NewOpenSource(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }
}

/// <summary>The message handler that puts <see cref="StripeChargeGate"/> in front of <c>POST /v1/payment_intents</c>.</summary>
internal sealed class StripeChargeGateHandler(StripeChargeGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/v1/payment_intents", StringComparison.Ordinal) != true)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (!gate.HoldsAnswers)
        {
            await gate.WaitOpenAsync(cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await gate.WaitOpenAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
