using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Pricing;
using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>
/// The offers active now that cover each product: named directly, or naming the product's category or any ancestor
/// of it. One SQL query per batch (a recursive walk up the category tree); the clock is the injected
/// <see cref="TimeProvider"/> so windows are evaluated at one instant per batch.
/// </summary>
public sealed class ActiveOffersByProductLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory, TimeProvider clock)
    : GroupedDataLoader<Guid, OfferMatch>(scheduler)
{
    protected override async Task<ILookup<Guid, OfferMatch>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        var ids = keys.ToArray();
        var now = clock.GetUtcNow();
        var rows = await db.Database.SqlQuery<OfferMatch>(
            $"""
            WITH RECURSIVE lineage (product_id, category_id) AS (
                SELECT p.id, p.category_id FROM products p WHERE p.id = ANY ({ids})
                UNION
                SELECT l.product_id, c.parent_id
                FROM lineage l JOIN categories c ON c.id = l.category_id
                WHERE c.parent_id IS NOT NULL
            )
            SELECT DISTINCT l.product_id AS "ProductId", o.id AS "OfferId", o.discount_percent AS "DiscountPercent"
            FROM lineage l
            JOIN offers o ON l.category_id = ANY (o.category_ids) OR l.product_id = ANY (o.product_ids)
            WHERE o.starts_at <= {now} AND o.ends_at > {now}
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(r => r.ProductId);
    }
}

/// <summary>Offers by id, one SQL query per batch (offers are few and not cached: their windows make them time-dependent).</summary>
public sealed class OfferByIdLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<Guid, Offer>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, Offer>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Offers.AsNoTracking()
            .Where(o => keys.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}
