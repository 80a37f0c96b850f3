namespace Graph.Notifications.Tests.Support;

/// <summary>
/// Waits for an asynchronous effect (a consumed event, a sent email). The timeout is a deadline for a hung system,
/// not a performance threshold: the condition normally holds within a few polls.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what}; last value: {value}");
            await Task.Delay(50);
        }
    }
}
