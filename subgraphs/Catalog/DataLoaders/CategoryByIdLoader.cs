using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Categories by id through the entity cache; the misses of one execution step are one SQL query.</summary>
public sealed class CategoryByIdLoader(IBatchScheduler scheduler, CatalogDbFactory dbFactory, IEntityCache cache)
    : BatchDataLoader<Guid, Category>(scheduler)
{
    protected override Task<IReadOnlyDictionary<Guid, Category>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Guid, Category>(EntityTags.Category, keys, LoadMissingAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, Category>> LoadMissingAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return await db.Categories.AsNoTracking()
            .Where(c => keys.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}
