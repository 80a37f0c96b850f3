using Graph.Execution.DataLoader;
using Graph.Recommendations.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.DataLoaders;

/// <summary>
/// Personal recommendations, one SQL per batch of users (README, "Ranking"): every product the user bought (weight 1)
/// or rated 4 (0.5) or 5 (1) votes for its co-purchase neighbours with weight x shared buyers; products the user
/// bought or rated 1-2 are left out. When that gives fewer than asked (a new user has no history at all: the cold
/// start), the list is filled with the top sellers the user did not buy.
/// </summary>
public sealed class UserRecommendationsLoader(IBatchScheduler scheduler, IDbContextFactory<RecommendationsDb> databases)
    : BatchDataLoader<RecommendationKey, IReadOnlyList<Guid>>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<RecommendationKey, IReadOnlyList<Guid>>> LoadBatchAsync(
        IReadOnlyList<RecommendationKey> keys, CancellationToken cancellationToken)
    {
        var users = keys.Select(k => k.Id).Distinct().ToArray();
        var max = keys.Max(k => k.First);
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var ranked = await db.Database.SqlQuery<RankedProductRow>($"""
                WITH seeds AS (
                    SELECT user_id, product_id, 1.0 AS weight FROM user_products WHERE user_id = ANY ({users})
                    UNION ALL
                    SELECT user_id, product_id, CASE WHEN rating = 5 THEN 1.0 ELSE 0.5 END
                    FROM user_ratings WHERE user_id = ANY ({users}) AND rating >= 4
                ), scored AS (
                    SELECT s.user_id, c.other_product_id AS product_id, sum(s.weight * c.users) AS score
                    FROM seeds s JOIN co_purchases c ON c.product_id = s.product_id
                    WHERE NOT EXISTS (SELECT 1 FROM user_products b WHERE b.user_id = s.user_id AND b.product_id = c.other_product_id)
                      AND NOT EXISTS (SELECT 1 FROM user_ratings r WHERE r.user_id = s.user_id AND r.product_id = c.other_product_id AND r.rating <= 2)
                    GROUP BY s.user_id, c.other_product_id
                )
                SELECT user_id AS "Owner", product_id AS "ProductId" FROM (
                    SELECT user_id, product_id, row_number() OVER (PARTITION BY user_id ORDER BY score DESC, product_id) AS rank FROM scored
                ) ranked
                WHERE rank <= {max}
                ORDER BY user_id, rank
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            var byUser = ranked.ToLookup(r => r.Owner, r => r.ProductId);

            var shortUsers = keys.Where(k => byUser[k.Id].Count() < k.First).Select(k => k.Id).Distinct().ToArray();
            var fillers = new Dictionary<Guid, List<Guid>>();
            if (shortUsers.Length > 0)
            {
                // Per user: the best sellers they did not buy, at most `max` each (one SQL for every short user).
                var rows = await db.Database.SqlQuery<RankedProductRow>($"""
                    SELECT u.user_id AS "Owner", t.product_id AS "ProductId"
                    FROM unnest({shortUsers}) AS u (user_id)
                    CROSS JOIN LATERAL (
                        SELECT s.product_id FROM product_sales s
                        WHERE NOT EXISTS (SELECT 1 FROM user_products b WHERE b.user_id = u.user_id AND b.product_id = s.product_id)
                        ORDER BY s.orders DESC, s.product_id
                        LIMIT {max}
                    ) t
                    """).ToListAsync(cancellationToken).ConfigureAwait(false);
                fillers = rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => g.Select(r => r.ProductId).ToList());
            }

            return keys.Distinct().ToDictionary(k => k, k =>
            {
                var list = byUser[k.Id].ToList();
                if (list.Count < k.First && fillers.TryGetValue(k.Id, out var more))
                {
                    list.AddRange(more.Where(p => !list.Contains(p)));
                }

                return (IReadOnlyList<Guid>)list.Take(k.First).ToList();
            });
        }
    }
}
