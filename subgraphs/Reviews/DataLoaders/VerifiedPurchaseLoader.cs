using Graph.Execution.DataLoader;
using Graph.Reviews.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.DataLoaders;

/// <summary>A user and a product, the key of <see cref="VerifiedPurchaseLoader"/>.</summary>
public sealed record PurchaseKey(Guid UserId, Guid ProductId);

/// <summary>
/// Whether a user bought a product: a paid, not refunded order of theirs holds it (the purchases projection). One
/// query per batch; every key gets an answer. Not cached: a refund must show at once.
/// </summary>
public sealed class VerifiedPurchaseLoader(IBatchScheduler scheduler, IDbContextFactory<ReviewsDb> databases)
    : BatchDataLoader<PurchaseKey, bool>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<PurchaseKey, bool>> LoadBatchAsync(IReadOnlyList<PurchaseKey> keys, CancellationToken cancellationToken)
    {
        var users = keys.Select(k => k.UserId).Distinct().ToArray();
        var products = keys.Select(k => k.ProductId).Distinct().ToArray();
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var bought = await (
                from o in db.PurchaseOrders
                join l in db.PurchaseLines on o.OrderId equals l.OrderId
                where o.Paid && !o.Refunded && users.Contains(o.UserId) && products.Contains(l.ProductId)
                select new { o.UserId, l.ProductId })
                .Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var set = bought.Select(b => new PurchaseKey(b.UserId, b.ProductId)).ToHashSet();
            return keys.Distinct().ToDictionary(k => k, set.Contains);
        }
    }
}
