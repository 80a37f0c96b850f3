using Graph.Execution.DataLoader;
using Graph.Recommendations.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.DataLoaders;

/// <summary>
/// "Customers who bought this also bought": each product's co-purchase neighbours, most shared buyers first (ties by
/// id, so the order is stable), never the product itself (co_purchases has no such row). One SQL per batch of products.
/// </summary>
public sealed class ProductRecommendationsLoader(IBatchScheduler scheduler, IDbContextFactory<RecommendationsDb> databases)
    : BatchDataLoader<RecommendationKey, IReadOnlyList<Guid>>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<RecommendationKey, IReadOnlyList<Guid>>> LoadBatchAsync(
        IReadOnlyList<RecommendationKey> keys, CancellationToken cancellationToken)
    {
        var products = keys.Select(k => k.Id).Distinct().ToArray();
        var max = keys.Max(k => k.First);
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Database.SqlQuery<RankedProductRow>($"""
                SELECT product_id AS "Owner", other_product_id AS "ProductId" FROM (
                    SELECT product_id, other_product_id, users,
                           row_number() OVER (PARTITION BY product_id ORDER BY users DESC, other_product_id) AS rank
                    FROM co_purchases WHERE product_id = ANY ({products})
                ) ranked
                WHERE rank <= {max}
                ORDER BY product_id, rank
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            var byProduct = rows.ToLookup(r => r.Owner, r => r.ProductId);
            return keys.Distinct().ToDictionary(k => k, k => (IReadOnlyList<Guid>)byProduct[k.Id].Take(k.First).ToList());
        }
    }
}
