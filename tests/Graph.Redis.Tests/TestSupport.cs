using Graph.Testing.Redis;
using Xunit;
using Xunit.Sdk;

namespace Graph.Redis.Tests;

/// <summary>One private redis-server shared by the test classes that only read and write keys.</summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}

/// <summary>Bounded waits with a message that says what never happened, instead of a hung test.</summary>
internal static class Bounded
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    public static async Task<T> WaitAsync<T>(Task<T> task, string what, TimeSpan? wait = null)
    {
        try
        {
            return await task.WaitAsync(wait ?? DefaultWait);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"Timed out after {(wait ?? DefaultWait).TotalSeconds:0} s waiting for {what}.");
        }
    }

    public static async Task WaitAsync(Task task, string what, TimeSpan? wait = null)
    {
        try
        {
            await task.WaitAsync(wait ?? DefaultWait);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"Timed out after {(wait ?? DefaultWait).TotalSeconds:0} s waiting for {what}.");
        }
    }

    /// <summary>Retries <paramref name="attempt"/> every 50 ms until it succeeds; the last failure explains a timeout.</summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> attempt, Func<T, bool> done, string what, TimeSpan? wait = null)
    {
        var deadline = DateTime.UtcNow + (wait ?? DefaultWait);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var result = await attempt();
                if (done(result))
                {
                    return result;
                }
            }
            catch (RedisException ex)
            {
                last = ex;
            }

            await Task.Delay(50);
        }

        throw new XunitException($"Timed out waiting for {what}; last error: {last?.Message ?? "none"}.");
    }
}
