using Xunit.Sdk;

namespace Graph.Testing.Polling;

/// <summary>
/// Bounded waits for an asynchronous effect (a consumed event, a sent email, a registered subscription): poll until a
/// condition holds, or fail with what was last seen. The timeout is a deadline for a hung system, not a performance
/// threshold: the condition normally holds within a few polls.
/// </summary>
public static class Eventually
{
    /// <summary>The deadline when the caller names none.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Reads <paramref name="probe"/> until <paramref name="done"/> holds for its value and returns that value; throws
    /// an <see cref="XunitException"/> naming <paramref name="waitingFor"/> and the last value after
    /// <paramref name="timeout"/> (default <see cref="DefaultTimeout"/>).
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string waitingFor, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var limit = timeout ?? DefaultTimeout;
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var value = await probe().ConfigureAwait(false);
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new XunitException($"Gave up after {limit.TotalSeconds} s waiting for {waitingFor}. Last seen: {Describe(value)}");
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails like <see cref="UntilAsync{T}"/>.</summary>
    public static Task HoldsAsync(Func<bool> condition, string waitingFor, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), holds => holds, waitingFor, timeout);
    }

    private static string Describe<T>(T value) => value switch
    {
        System.Collections.IDictionary d => string.Join(", ", d.Keys.Cast<object>().Select(k => $"{k}={d[k]}")) is { Length: > 0 } s ? s : "(empty)",
        System.Collections.IEnumerable e and not string => $"[{string.Join(", ", e.Cast<object>())}]",
        _ => value?.ToString() ?? "null",
    };
}
