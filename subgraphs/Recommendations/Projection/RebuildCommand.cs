using Graph.Recommendations.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Projection;

/// <summary>
/// <c>dotnet Graph.Recommendations.dll rebuild</c>: recomputes every derived table from the stored facts (order_facts,
/// order_lines) in one transaction, under <see cref="ProjectionLock"/> so running consumers wait and then continue on
/// the rebuilt state. The facts are the events as received, so this is a replay of them without Kafka (README,
/// "Rebuild"); it assumes the schema exists (the service ran its migrations once).
/// </summary>
public static class RebuildCommand
{
    public const string Name = "rebuild";

    /// <summary>Runs the rebuild against the app's database and returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using (app.ConfigureAwait(false))
        {
            var scope = app.Services.CreateAsyncScope();
            await using var scopeDisposal = scope.ConfigureAwait(false);
            var databases = scope.ServiceProvider.GetRequiredService<IDbContextFactory<RecommendationsDb>>();
            var db = await databases.CreateDbContextAsync().ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var counts = await RebuildAsync(db, CancellationToken.None).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(
                    $"Rebuilt from the stored facts: {counts.Purchases} purchases, {counts.UserProducts} user products, {counts.CoPurchases} co-purchase pairs.").ConfigureAwait(false);
            }
        }

        return 0;
    }

    /// <summary>How many rows each derived table holds after a rebuild.</summary>
    public sealed record RebuildCounts(int Purchases, int UserProducts, int CoPurchases);

    /// <summary>Truncates the derived tables and recomputes them from the facts, set-based, in one transaction.</summary>
    public static async Task<RebuildCounts> RebuildAsync(RecommendationsDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await ProjectionLock.AcquireAsync(db, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync("TRUNCATE purchases, user_products, co_purchases, product_sales", cancellationToken).ConfigureAwait(false);
            // The same rule as PurchaseProjection.CountsAsync: created, paid, not ended.
            var purchases = await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO purchases (order_id, product_id, user_id, paid_at)
                SELECT l.order_id, l.product_id, f.user_id, f.paid_at
                FROM order_lines l JOIN order_facts f ON f.order_id = l.order_id
                WHERE f.created AND f.paid AND NOT f.ended
                """, cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO product_sales (product_id, orders) SELECT product_id, count(*) FROM purchases GROUP BY product_id",
                cancellationToken).ConfigureAwait(false);
            var userProducts = await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO user_products (user_id, product_id, orders) SELECT user_id, product_id, count(*) FROM purchases GROUP BY user_id, product_id",
                cancellationToken).ConfigureAwait(false);
            var coPurchases = await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO co_purchases (product_id, other_product_id, users)
                SELECT a.product_id, b.product_id, count(*)
                FROM user_products a JOIN user_products b ON b.user_id = a.user_id AND b.product_id <> a.product_id
                GROUP BY a.product_id, b.product_id
                """, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new RebuildCounts(purchases, userProducts, coPurchases);
        }
    }
}
