using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>
/// Products by SKU (case-insensitive), one SQL query per batch that reads the products themselves. Not through the
/// entity cache: a SKU can move to another product and the cache is evicted by entity id, so the SKU must be looked
/// up in the database anyway, and the same query returning the rows saves the cache read by id that would follow it
/// (one Redis round trip per <c>productBySku</c>, the storefront's product page). The query is compiled once: EF Core
/// would otherwise rebuild and hash its expression tree on every batch to find the cached plan.
/// </summary>
public sealed class ProductBySkuLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<string, Product>(scheduler)
{
    private static readonly Func<CatalogDb, string[], IAsyncEnumerable<Product>> BySkus = EF.CompileAsyncQuery(
        (CatalogDb db, string[] lowered) => db.Products.AsNoTracking().Where(p => lowered.Contains(p.Sku.ToLower())));

    protected override async Task<IReadOnlyDictionary<string, Product>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        var lowered = keys.Select(k => k.ToLowerInvariant()).Distinct().ToArray();
        var bySku = new Dictionary<string, Product>(lowered.Length, StringComparer.Ordinal);
        await foreach (var row in BySkus(db, lowered).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            bySku[row.Sku.ToLowerInvariant()] = row;
        }

        var result = new Dictionary<string, Product>(keys.Count);
        foreach (var key in keys)
        {
            if (bySku.TryGetValue(key.ToLowerInvariant(), out var product))
            {
                result[key] = product;
            }
        }

        return result;
    }
}
