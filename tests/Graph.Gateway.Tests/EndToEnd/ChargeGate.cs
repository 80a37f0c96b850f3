namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>Open by default; while closed, Payments' requests to create a PaymentIntent wait until it opens again.</summary>
public sealed class ChargeGate
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _open = Opened();

    public void Close()
    {
        lock (_gate)
        {
            if (_open.Task.IsCompleted)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Open()
    {
        lock (_gate)
        {
            _open.TrySetResult();
        }
    }

    public Task WaitOpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _open.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}

/// <summary>In front of Payments' Stripe client: a <c>POST /v1/payment_intents</c> waits for <see cref="ChargeGate"/>.</summary>
public sealed class ChargeGateHandler(ChargeGate gate) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath == "/v1/payment_intents")
        {
            await gate.WaitOpenAsync(cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
