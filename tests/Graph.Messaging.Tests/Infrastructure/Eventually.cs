using Xunit.Sdk;

namespace Graph.Messaging.Tests;

/// <summary>Bounded waits: poll until a condition holds, fail with what was last seen. No timing assertions.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string waitingFor, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new XunitException($"Gave up after {limit.TotalSeconds} s waiting for {waitingFor}. Last seen: {Describe(value)}");
            }

            await Task.Delay(100);
        }
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Collections.IDictionary d => string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}={d[k]}")) is { Length: > 0 } s ? s : "(empty)",
        System.Collections.IEnumerable e and not string => $"[{string.Join(", ", e.Cast<object>())}]",
        _ => value?.ToString() ?? "null",
    };
}
