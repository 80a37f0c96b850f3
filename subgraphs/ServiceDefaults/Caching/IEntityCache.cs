namespace Graph.ServiceDefaults.Caching;

/// <summary>
/// Read-through cache of entities by key in front of a service's lookups (ARCHITECTURE.md section 7), shared by the
/// replicas through Redis (in memory when no Redis is configured). Entries live <c>Cache:EntityTimeToLive</c> and are
/// evicted by tag (<c>Product:&lt;id&gt;</c>) when a <c>*.changed</c> event arrives.
/// </summary>
public interface IEntityCache
{
    /// <summary>
    /// Reads <c>entity:&lt;typeName&gt;:&lt;key&gt;</c> for each key, loads the misses with one call of
    /// <paramref name="loadMissing"/> (a DataLoader batch: one query), stores what it returned, and returns every
    /// entity found; keys that neither the cache nor the loader know are absent from the result.
    /// </summary>
    Task<IReadOnlyDictionary<TKey, TValue>> GetOrLoadAsync<TKey, TValue>(
        string typeName,
        IReadOnlyList<TKey> keys,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadMissing,
        CancellationToken cancellationToken = default)
        where TKey : notnull;

    /// <summary>Removes the entries of <paramref name="tags"/> (<c>Product:0190...</c>, i.e. <c>typeName:key</c>).</summary>
    Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default);
}
