using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>
/// Product ids by SKU (case-insensitive), one SQL query per batch. Not cached: a SKU can move to another product, and
/// the cache is evicted by entity id; the products themselves then come through <see cref="ProductByIdLoader"/>.
/// </summary>
public sealed class ProductIdBySkuLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<string, Guid>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, Guid>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        var lowered = keys.Select(k => k.ToLowerInvariant()).Distinct().ToArray();
        var rows = await db.Products.AsNoTracking()
            .Where(p => lowered.Contains(p.Sku.ToLower()))
            .Select(p => new { p.Sku, p.Id })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var bySku = rows.ToDictionary(r => r.Sku.ToLowerInvariant(), r => r.Id);
        var result = new Dictionary<string, Guid>(keys.Count);
        foreach (var key in keys)
        {
            if (bySku.TryGetValue(key.ToLowerInvariant(), out var id))
            {
                result[key] = id;
            }
        }

        return result;
    }
}
