using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DataLoaders;

/// <summary>Coupons by id through the entity cache; the misses of one execution step are one SQL query.</summary>
public sealed class CouponByIdLoader(IBatchScheduler scheduler, CatalogDbFactory dbFactory, IEntityCache cache)
    : BatchDataLoader<Guid, Coupon>(scheduler)
{
    protected override Task<IReadOnlyDictionary<Guid, Coupon>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Guid, Coupon>(EntityTags.Coupon, keys, LoadMissingAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, Coupon>> LoadMissingAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.Create();
        return await db.Coupons.AsNoTracking()
            .Where(c => keys.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}
