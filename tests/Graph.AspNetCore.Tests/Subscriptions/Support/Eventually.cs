namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>Polls a condition that becomes true asynchronously (a server-side cancellation, a subscription registering), up to a bounded wait.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WsTestClient.Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {what} within {WsTestClient.Wait.TotalSeconds} s, but it did not happen.");
            }

            await Task.Delay(20);
        }
    }
}
