using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Products by id, read through the entity cache (Redis, TTL, evicted by <c>catalog.changed</c>): the keys of one execution step that miss the cache are one SQL query.</summary>
public sealed class ProductByIdLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<CatalogDb> databases)
    : CachedEntityByIdLoader<CatalogDb, Guid, Product>(scheduler, cache, databases)
{
    protected override string TypeName => EntityTags.Product;

    protected override Task<Dictionary<Guid, Product>> LoadFromDatabaseAsync(CatalogDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
}
