using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>The subcategories of each parent id, by name; one SQL query per batch of parents.</summary>
public sealed class CategoryChildrenLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : GroupedDataLoader<Guid, Category>(scheduler)
{
    protected override async Task<ILookup<Guid, Category>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        var children = await db.Categories.AsNoTracking()
            .Where(c => c.ParentId != null && keys.Contains(c.ParentId.Value))
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return children.ToLookup(c => c.ParentId!.Value);
    }
}
