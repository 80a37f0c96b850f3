using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.ServiceDefaults.Caching;

/// <summary>
/// A DataLoader of entities by key that reads through the <see cref="IEntityCache"/> (<c>entity:&lt;TypeName&gt;:&lt;key&gt;</c>,
/// evicted by the service's <c>*.changed</c> events): the keys of one execution step that miss the cache are fetched by
/// one call of <see cref="LoadFromDatabaseAsync"/> (one SQL query) on a context of its own.
/// </summary>
public abstract class CachedEntityByIdLoader<TDb, TKey, TValue>(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<TDb> databases)
    : BatchDataLoader<TKey, TValue>(scheduler)
    where TDb : DbContext
    where TKey : notnull
{
    /// <summary>The entity's GraphQL type name, the first part of its cache key and of its eviction tag.</summary>
    protected abstract string TypeName { get; }

    /// <summary>The entities of <paramref name="keys"/> that exist, by key, in one query.</summary>
    protected abstract Task<Dictionary<TKey, TValue>> LoadFromDatabaseAsync(TDb db, IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<TKey, TValue>(TypeName, keys, LoadMissingAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<TKey, TValue>> LoadMissingAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await LoadFromDatabaseAsync(db, keys, cancellationToken).ConfigureAwait(false);
        }
    }
}
