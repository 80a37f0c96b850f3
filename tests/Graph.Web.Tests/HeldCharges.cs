namespace Graph.Web.Tests;

/// <summary>
/// Holds Payments' requests to Stripe while closed, so the browser sees the order PENDING before it turns PAID (the
/// fake Stripe answers in milliseconds: without this the page could only ever show PAID). Open by default.
/// </summary>
public sealed class HeldCharges
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _open = Completed();

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

    private Task WaitOpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _open.Task.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource Completed()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    /// <summary>Payments' Stripe HTTP client handler: waits while the gate is closed, then sends.</summary>
    public sealed class Handler(HeldCharges charges) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await charges.WaitOpenAsync(cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
