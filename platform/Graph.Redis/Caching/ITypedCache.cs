namespace Graph.Redis;

/// <summary>
/// Typed read-through cache over whichever <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>
/// is registered (Redis, or in memory when no Redis is configured). Values are JSON.
/// </summary>
public interface ITypedCache
{
    Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default);

    Task SetAsync<T>(string key, T value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns the cached value, or runs <paramref name="factory"/> once per key at a time in this
    /// process (concurrent callers for the same key share its result) and caches what it returns.
    /// </summary>
    Task<T> GetOrSetAsync<T>(string key, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    Task RemoveAsync(string key, CancellationToken cancellationToken = default);
}
