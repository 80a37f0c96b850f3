using Microsoft.Extensions.Options;

namespace Graph.Gateway.Caching;

/// <summary>
/// <see cref="ResponseCacheStore"/> that never fails a request: when Redis fails, reads are misses and writes are
/// skipped, the failure is logged once, and Redis is left alone for <see cref="RetryAfter"/> before it is tried again
/// (so a down Redis does not cost each request a connect attempt). Evictions still throw, so the consumer retries them.
/// </summary>
public sealed partial class ResponseCache(ResponseCacheStore store, IOptions<ResponseCacheOptions> options, TimeProvider time, ILogger<ResponseCache> logger)
{
    /// <summary>How long Redis is skipped after a failure.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private long _skipUntil;
    private int _down;

    public ResponseCacheOptions Options { get; } = options.Value;

    /// <summary>The entry (null on a miss or when Redis is unavailable) and the generation to store under (null: do not store).</summary>
    public async Task<(CachedResponse? Entry, string? Generation)> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        if (Skipping())
        {
            return (null, null);
        }

        try
        {
            var (entry, generation) = await store.GetAsync(key, cancellationToken).ConfigureAwait(false);
            Recovered();
            return (entry, generation);
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(error);
            return (null, null);
        }
    }

    /// <summary>Stores an entry; a Redis failure is logged once and swallowed.</summary>
    public async Task TryStoreAsync(string key, ReadOnlyMemory<byte> data, int maxAge, IReadOnlyCollection<string> tags, string generation, CancellationToken cancellationToken)
    {
        if (Skipping())
        {
            return;
        }

        try
        {
            if (await store.SetAsync(key, data, maxAge, tags, generation, cancellationToken).ConfigureAwait(false))
            {
                ResponseCacheTelemetry.Stores.Add(1);
            }

            Recovered();
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Failed(error);
        }
    }

    /// <summary>Evicts the entries of <paramref name="tags"/> and of their aliases (<see cref="ResponseCacheOptions.TagAliases"/>).</summary>
    public async Task<long> EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var separator = tag.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == tag.Length - 1)
            {
                continue;
            }

            all.Add(tag);
            if (Options.TagAliases.TryGetValue(tag[..separator], out var alias))
            {
                all.Add(alias + tag[separator..]);
            }
        }

        if (all.Count == 0)
        {
            return 0;
        }

        var removed = await store.EvictAsync(all, cancellationToken).ConfigureAwait(false);
        ResponseCacheTelemetry.Evictions.Add(removed);
        LogEvicted(logger, removed, all.Count);
        return removed;
    }

    private bool Skipping() => Volatile.Read(ref _down) == 1 && time.GetUtcNow().ToUnixTimeMilliseconds() < Interlocked.Read(ref _skipUntil);

    private void Failed(Exception error)
    {
        Interlocked.Exchange(ref _skipUntil, (time.GetUtcNow() + RetryAfter).ToUnixTimeMilliseconds());
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogUnavailable(logger, error, RetryAfter.TotalSeconds);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogRecovered(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The response cache's Redis is unavailable; serving uncached (trying again every {Seconds} s)")]
    private static partial void LogUnavailable(ILogger logger, Exception error, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The response cache's Redis is available again")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Evicted {Entries} cached responses for {Tags} tags")]
    private static partial void LogEvicted(ILogger logger, long entries, int tags);
}
