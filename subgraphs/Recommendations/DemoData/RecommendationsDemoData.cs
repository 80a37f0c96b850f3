using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.DemoData;

/// <summary>
/// Demo history for <c>./graph up</c> (<c>DemoData:Enabled</c>): the orders of <see cref="DemoOrders"/> stored as facts
/// (as if their events had arrived), then the derived tables rebuilt from the facts (<see cref="RebuildCommand"/>).
/// Only missing orders are inserted and nothing is rebuilt when none was, so seeding twice changes nothing; a demo
/// user erased by <c>user.deleted</c> is not seeded again.
/// </summary>
public sealed class RecommendationsDemoData(TimeProvider clock) : IDatabaseSeeder<RecommendationsDb>
{
    public async Task SeedAsync(RecommendationsDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = clock.GetUtcNow();
        var inserted = 0;
        foreach (var order in DemoOrders.Orders())
        {
            var paidAt = now.AddHours(-order.HoursAgo);
            var products = order.Products.ToArray();
            inserted += await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO order_facts (order_id, user_id, created, paid, ended, paid_at)
                SELECT {order.OrderId}, {order.UserId}, true, true, {order.Refunded}, {paidAt}
                WHERE NOT EXISTS (SELECT 1 FROM erased_users WHERE user_id = {order.UserId})
                ON CONFLICT (order_id) DO NOTHING
                """, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO order_lines (order_id, product_id)
                SELECT {order.OrderId}, p FROM unnest({products}) AS p
                WHERE EXISTS (SELECT 1 FROM order_facts WHERE order_id = {order.OrderId})
                ON CONFLICT DO NOTHING
                """,
                cancellationToken).ConfigureAwait(false);
        }

        if (inserted > 0)
        {
            await RebuildCommand.RebuildAsync(db, cancellationToken).ConfigureAwait(false);
        }
    }
}
