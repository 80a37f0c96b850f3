using Graph.Messaging;
using Graph.Reviews.Events;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults.Caching;

namespace Graph.Reviews.GraphQL;

/// <summary>
/// Commits a review change with its <c>review.changed</c> event (outbox row, same SaveChanges, one transaction), then
/// evicts the stale cache entries at once so the next read of this replica's callers sees the change. The event's own
/// consumer evicts the same tags again: a direct eviction that fails (Redis unreachable) is logged, not thrown, since
/// the change is already committed and the consumer retries the eviction until Redis takes it.
/// </summary>
public sealed class ReviewChangeCommitter(ReviewsDb db, IEntityCache cache, ILogger<ReviewChangeCommitter> logger)
{
    public async Task CommitAsync(ReviewChanged change, CancellationToken cancellationToken)
    {
        db.AddIntegrationEvent(change);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await EvictAsync(change.Tags, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Evicts <paramref name="tags"/> after a commit; a failure is logged (see the class remarks).</summary>
    public async Task EvictAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        try
        {
            await cache.EvictAsync(tags, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Evicting {Tags} after a committed review change failed; the review.changed consumer evicts them.", tags);
        }
    }
}
