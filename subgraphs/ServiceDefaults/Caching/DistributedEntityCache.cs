using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.ServiceDefaults.Caching;

/// <summary>
/// <see cref="IEntityCache"/> as JSON over the registered <see cref="IDistributedCache"/> (Redis or memory). A cache
/// that fails (Redis down) degrades to the database: reads count as misses, writes and evictions are logged.
/// </summary>
public sealed class DistributedEntityCache(IDistributedCache cache, IOptions<EntityCacheOptions> options, ILogger<DistributedEntityCache> logger) : IEntityCache
{
    public const string KeyPrefix = "entity:";

    /// <summary>The cache key of one entity: <c>entity:Product:0190...</c>.</summary>
    public static string CacheKey(string typeName, object key) =>
        KeyPrefix + typeName + ":" + Convert.ToString(key, CultureInfo.InvariantCulture);

    public async Task<IReadOnlyDictionary<TKey, TValue>> GetOrLoadAsync<TKey, TValue>(
        string typeName,
        IReadOnlyList<TKey> keys,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadMissing,
        CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(loadMissing);
        var distinct = keys.Distinct().ToList();
        var found = new Dictionary<TKey, TValue>(distinct.Count);
        var cached = await Task.WhenAll(distinct.Select(k => ReadAsync<TValue>(CacheKey(typeName, k), cancellationToken))).ConfigureAwait(false);
        var missing = new List<TKey>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (cached[i].Found)
            {
                found[distinct[i]] = cached[i].Value!;
            }
            else
            {
                missing.Add(distinct[i]);
            }
        }

        var tag = new KeyValuePair<string, object?>(EntityCacheTelemetry.TypeTag, typeName);
        EntityCacheTelemetry.Hits.Add(found.Count, tag);
        if (missing.Count == 0)
        {
            return found;
        }

        EntityCacheTelemetry.Misses.Add(missing.Count, tag);
        var loaded = await loadMissing(missing, cancellationToken).ConfigureAwait(false);
        var entry = new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.EntityTimeToLive };
        var writes = new List<Task>(loaded.Count);
        foreach (var (key, value) in loaded)
        {
            found[key] = value;
            writes.Add(WriteAsync(CacheKey(typeName, key), value, entry, cancellationToken));
        }

        await Task.WhenAll(writes).ConfigureAwait(false);
        return found;
    }

    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags.Distinct(StringComparer.Ordinal))
        {
            var separator = tag.IndexOf(':', StringComparison.Ordinal);
            if (separator <= 0 || separator == tag.Length - 1)
            {
                logger.LogWarning("Ignored the malformed entity tag {Tag} (expected Type:key)", tag);
                continue;
            }

            try
            {
                await cache.RemoveAsync(KeyPrefix + tag, cancellationToken).ConfigureAwait(false);
                EntityCacheTelemetry.Evictions.Add(1, new KeyValuePair<string, object?>(EntityCacheTelemetry.TypeTag, tag[..separator]));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Rethrown so an event consumer retries: a lost eviction leaves stale data until the TTL.
                logger.LogWarning(e, "Could not evict {Tag} from the entity cache", tag);
                throw;
            }
        }
    }

    private async Task<(bool Found, TValue? Value)> ReadAsync<TValue>(string key, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
            return bytes is null ? (false, default) : (true, JsonSerializer.Deserialize<TValue>(bytes, JsonSerializerOptions.Web));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Entity cache read of {Key} failed; loading from the database", key);
            return (false, default);
        }
    }

    private async Task WriteAsync<TValue>(string key, TValue value, DistributedCacheEntryOptions entry, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions.Web), entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Entity cache write of {Key} failed", key);
        }
    }
}
