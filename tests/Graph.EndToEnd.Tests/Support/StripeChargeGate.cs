namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// Holds the Payments service's PaymentIntent requests to the fake Stripe while closed, so a test can connect its
/// subscribers before the order's outcome is decided (no race between subscribing and the saga). Open by default.
/// </summary>
public sealed class StripeChargeGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = NewOpenSource(completed: true);

    /// <summary>From now on, charges wait until <see cref="Open"/>.</summary>
    public void Close()
    {
        lock (_lock)
        {
            if (_open.Task.IsCompleted)
            {
                _open = NewOpenSource(completed: false);
            }
        }
    }

    /// <summary>Lets every held and later charge through.</summary>
    public void Open()
    {
        lock (_lock)
        {
            _open.TrySetResult();
        }
    }

    internal Task WaitOpenAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _open.Task.WaitAsync(cancellationToken);
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
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/v1/payment_intents", StringComparison.Ordinal) == true)
        {
            await gate.WaitOpenAsync(cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
