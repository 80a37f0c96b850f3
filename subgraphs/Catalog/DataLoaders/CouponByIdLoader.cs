using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Coupons by id through the entity cache; the misses of one execution step are one SQL query.</summary>
public sealed class CouponByIdLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<CatalogDb> databases)
    : CachedEntityByIdLoader<CatalogDb, Guid, Coupon>(scheduler, cache, databases)
{
    protected override string TypeName => EntityTags.Coupon;

    protected override Task<Dictionary<Guid, Coupon>> LoadFromDatabaseAsync(CatalogDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        db.Coupons.AsNoTracking().Where(c => keys.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
}
