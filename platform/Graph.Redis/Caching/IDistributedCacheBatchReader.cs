using Microsoft.Extensions.Caching.Distributed;

namespace Graph.Redis;

/// <summary>
/// The batch read <see cref="IDistributedCache"/> lacks: the values of many keys in one round trip (Redis <c>MGET</c>)
/// instead of one <c>GET</c> each. A cache that implements it reads exactly as its <see cref="IDistributedCache.GetAsync"/>
/// would, key by key (expired entries are missing, sliding expirations are pushed forward).
/// </summary>
public interface IDistributedCacheBatchReader
{
    /// <summary>One value per key, in the keys' order; null where a key is missing or expired.</summary>
    Task<byte[]?[]> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default);
}

/// <summary>Batch reads over any <see cref="IDistributedCache"/>.</summary>
public static class DistributedCacheBatchExtensions
{
    /// <summary>
    /// The values of <paramref name="keys"/> in one batch when the cache is an <see cref="IDistributedCacheBatchReader"/>
    /// (Redis), otherwise one concurrent <see cref="IDistributedCache.GetAsync"/> per key (memory or any other cache).
    /// A failed read fails the whole call.
    /// </summary>
    public static async Task<byte[]?[]> GetManyAsync(this IDistributedCache cache, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(keys);
        if (cache is IDistributedCacheBatchReader batch)
        {
            return await batch.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
        }

        var reads = new Task<byte[]?>[keys.Count];
        for (var i = 0; i < reads.Length; i++)
        {
            reads[i] = cache.GetAsync(keys[i], cancellationToken);
        }

        return await Task.WhenAll(reads).ConfigureAwait(false);
    }
}
