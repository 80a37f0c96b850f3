using System.Globalization;
using System.Text.Json;
using Graph.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.ServiceDefaults.Caching;

/// <summary>
/// <see cref="IEntityCache"/> as JSON over the registered <see cref="IDistributedCache"/> (Redis or memory). A cache
/// that fails (Redis down) degrades to the database: reads count as misses, writes and evictions are logged. The keys
/// of one batch are read together (<see cref="DistributedCacheBatchExtensions.GetManyAsync"/>: one <c>MGET</c> on Redis).
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
        var cacheKeys = new string[distinct.Count];
        for (var i = 0; i < cacheKeys.Length; i++)
        {
            cacheKeys[i] = CacheKey(typeName, distinct[i]);
        }

        var cached = await ReadManyAsync(typeName, cacheKeys, cancellationToken).ConfigureAwait(false);
        var missing = new List<TKey>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (cached[i] is { } bytes && TryDeserialize<TValue>(cacheKeys[i], bytes, out var value))
            {
                found[distinct[i]] = value;
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

    /// <summary>The cached bytes of each key (null: missing); a failed read leaves the whole batch missing.</summary>
    private async Task<byte[]?[]> ReadManyAsync(string typeName, string[] keys, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Entity cache read of {Count} {Type} keys failed; loading from the database", keys.Length, typeName);
            return new byte[]?[keys.Length];
        }
    }

    private bool TryDeserialize<TValue>(string key, byte[] bytes, out TValue value)
    {
        try
        {
            value = JsonSerializer.Deserialize<TValue>(bytes, JsonSerializerOptions.Web)!;
            return true;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // An entry written by an older shape of TValue: reloaded from the database and overwritten.
            logger.LogWarning(e, "Entity cache entry {Key} could not be read; loading from the database", key);
            value = default!;
            return false;
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
