using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>
/// Products by id, read through the entity cache (Redis, TTL, evicted by <c>catalog.changed</c>): the keys of one
/// execution step that miss the cache are fetched with one SQL query.
/// </summary>
public sealed class ProductByIdLoader(IBatchScheduler scheduler, CatalogDbFactory dbFactory, IEntityCache cache)
    : BatchDataLoader<Guid, Product>(scheduler)
{
    protected override Task<IReadOnlyDictionary<Guid, Product>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Guid, Product>(EntityTags.Product, keys, LoadMissingAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, Product>> LoadMissingAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return await db.Products.AsNoTracking()
            .Where(p => keys.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}
