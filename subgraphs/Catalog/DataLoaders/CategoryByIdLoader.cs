using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Categories by id through the entity cache; the misses of one execution step are one SQL query.</summary>
public sealed class CategoryByIdLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<CatalogDb> databases)
    : CachedEntityByIdLoader<CatalogDb, Guid, Category>(scheduler, cache, databases)
{
    protected override string TypeName => EntityTags.Category;

    protected override Task<Dictionary<Guid, Category>> LoadFromDatabaseAsync(CatalogDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
}
