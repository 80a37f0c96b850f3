using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Stock of products by product id, one SQL query per batch; never cached (it changes with every order).</summary>
public sealed class ProductInventoryLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<Guid, ProductInventory>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, ProductInventory>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.ProductInventory.AsNoTracking()
            .Where(i => keys.Contains(i.ProductId))
            .ToDictionaryAsync(i => i.ProductId, cancellationToken)
            .ConfigureAwait(false);
    }
}

/// <summary>Stock of coupons by coupon id, one SQL query per batch; never cached.</summary>
public sealed class CouponInventoryLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<Guid, CouponInventory>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, CouponInventory>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.CouponInventory.AsNoTracking()
            .Where(i => keys.Contains(i.CouponId))
            .ToDictionaryAsync(i => i.CouponId, cancellationToken)
            .ConfigureAwait(false);
    }
}
