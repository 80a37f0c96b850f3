using Graph.Recommendations.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Projection;

/// <summary>
/// Keeps the derived tables (purchases, user_products, co_purchases, product_sales) in step with the order facts.
/// Callers hold <see cref="ProjectionLock"/>, read whether the order counted before they added their facts, add them,
/// and call <see cref="ApplyAsync"/>: the derived tables change exactly when the order starts or stops counting. Since
/// facts only ever become true, an order starts counting at most once and stops at most once, whatever the delivery
/// order, so every delivery of the same events ends in the same derived state.
/// </summary>
public sealed class PurchaseProjection(RecommendationsDb db)
{
    /// <summary>Whether the order counts as a purchase now (false when nothing is known of it).</summary>
    public async Task<bool> CountsAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM order_facts WHERE order_id = {orderId} AND created AND paid AND NOT ended) AS "Value"
            """).SingleAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Applies the change of the order's counting state from <paramref name="countedBefore"/> to now.</summary>
    public async Task ApplyAsync(Guid orderId, bool countedBefore, CancellationToken cancellationToken)
    {
        var countsNow = await CountsAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (countsNow && !countedBefore)
        {
            await StartAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        else if (countedBefore && !countsNow)
        {
            await StopCountingAsync(orderId, cancellationToken).ConfigureAwait(false);
        }
        else if (countsNow)
        {
            // Still counting: only the purchase time can have moved (an earlier paid status arrived late).
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE purchases p SET paid_at = f.paid_at FROM order_facts f WHERE f.order_id = {orderId} AND p.order_id = f.order_id AND p.paid_at <> f.paid_at",
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StartAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO purchases (order_id, product_id, user_id, paid_at)
            SELECT l.order_id, l.product_id, f.user_id, f.paid_at
            FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
            WHERE l.order_id = {orderId}
            """, cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO product_sales (product_id, orders)
            SELECT product_id, 1 FROM order_lines WHERE order_id = {orderId} ORDER BY product_id
            ON CONFLICT (product_id) DO UPDATE SET orders = product_sales.orders + 1
            """, cancellationToken).ConfigureAwait(false);

        var (userId, products) = await LinesAsync(orderId, cancellationToken).ConfigureAwait(false);
        foreach (var product in products)
        {
            var orders = await db.Database.SqlQuery<int>($"""
                INSERT INTO user_products (user_id, product_id, orders) VALUES ({userId}, {product}, 1)
                ON CONFLICT (user_id, product_id) DO UPDATE SET orders = user_products.orders + 1
                RETURNING orders AS "Value"
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (orders.Single() == 1)
            {
                // The user newly bought the product: it now pairs with each of their other products (per distinct user).
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO co_purchases (product_id, other_product_id, users)
                    SELECT a, b, 1 FROM (
                        SELECT {product} AS a, product_id AS b FROM user_products WHERE user_id = {userId} AND product_id <> {product}
                        UNION ALL
                        SELECT product_id, {product} FROM user_products WHERE user_id = {userId} AND product_id <> {product}
                    ) pairs
                    ORDER BY a, b
                    ON CONFLICT (product_id, other_product_id) DO UPDATE SET users = co_purchases.users + 1
                    """, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Takes a counting order out of the derived tables (the reverse of its start). <see cref="ApplyAsync"/> calls it
    /// when the order stops counting; <see cref="UserErasure"/> when its facts are about to be deleted.
    /// </summary>
    public async Task StopCountingAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM purchases WHERE order_id = {orderId}", cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE product_sales s SET orders = s.orders - 1 FROM order_lines l WHERE l.order_id = {orderId} AND s.product_id = l.product_id
            """, cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM product_sales WHERE orders = 0", cancellationToken).ConfigureAwait(false);

        var (userId, products) = await LinesAsync(orderId, cancellationToken).ConfigureAwait(false);
        foreach (var product in products)
        {
            var orders = await db.Database.SqlQuery<int>($"""
                UPDATE user_products SET orders = orders - 1 WHERE user_id = {userId} AND product_id = {product}
                RETURNING orders AS "Value"
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (orders.Single() > 0)
            {
                continue;
            }

            // No counting order of the user holds the product any more: it leaves every pair with their other products.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM user_products WHERE user_id = {userId} AND product_id = {product}", cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE co_purchases c SET users = c.users - 1
                FROM user_products u
                WHERE u.user_id = {userId}
                  AND ((c.product_id = {product} AND c.other_product_id = u.product_id) OR (c.other_product_id = {product} AND c.product_id = u.product_id))
                """, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"DELETE FROM co_purchases WHERE users = 0 AND (product_id = {product} OR other_product_id = {product})", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(Guid UserId, Guid[] Products)> LinesAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var userId = await db.Database.SqlQuery<Guid>($"SELECT user_id AS \"Value\" FROM order_facts WHERE order_id = {orderId}")
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var products = await db.Database.SqlQuery<Guid>($"SELECT product_id AS \"Value\" FROM order_lines WHERE order_id = {orderId} ORDER BY product_id")
            .ToArrayAsync(cancellationToken).ConfigureAwait(false);
        return (userId, products);
    }
}
