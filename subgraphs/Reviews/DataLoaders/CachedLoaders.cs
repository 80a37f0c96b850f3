using Graph.Execution.DataLoader;
using Graph.Reviews.Domain;
using Graph.Reviews.Events;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults.Caching;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.DataLoaders;

/// <summary>Reviews by id through the entity cache (<c>Review:&lt;id&gt;</c>, evicted by <c>review.changed</c>); hidden ones too: callers filter.</summary>
public sealed class ReviewByIdLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<ReviewsDb> databases)
    : CachedEntityByIdLoader<ReviewsDb, Guid, Review>(scheduler, cache, databases)
{
    protected override string TypeName => CacheTags.Review;

    protected override Task<Dictionary<Guid, Review>> LoadFromDatabaseAsync(ReviewsDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        db.Reviews.AsNoTracking().Where(r => keys.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
}

/// <summary>
/// Rating summaries by product through the entity cache (<c>RatingSummary:&lt;productId&gt;</c>, evicted by every
/// <c>review.changed</c> of the product): one grouped count over the visible reviews per batch of misses. Every
/// product has a summary (count 0 without reviews), so a product nobody reviewed is cached too.
/// </summary>
public sealed class RatingSummaryLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<ReviewsDb> databases)
    : CachedEntityByIdLoader<ReviewsDb, Guid, RatingSummary>(scheduler, cache, databases)
{
    protected override string TypeName => CacheTags.RatingSummary;

    protected override async Task<Dictionary<Guid, RatingSummary>> LoadFromDatabaseAsync(ReviewsDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var counts = await db.Reviews.AsNoTracking()
            .Where(r => keys.Contains(r.ProductId) && !r.Hidden)
            .GroupBy(r => new { r.ProductId, r.Rating })
            .Select(g => new { g.Key.ProductId, g.Key.Rating, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byProduct = counts.ToLookup(c => c.ProductId);
        return keys.Distinct().ToDictionary(
            id => id,
            id => RatingSummary.From(byProduct[id].ToDictionary(c => c.Rating, c => c.Count)));
    }
}
