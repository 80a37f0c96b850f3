using Graph.Messaging;
using Graph.Reviews.Events;
using Graph.Reviews.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md, "anonymize"): a review is the author's own words, so a deleted account's
/// reviews are deleted (each with its <c>review.changed</c> <c>deleted</c> event, which evicts the rating summaries),
/// their helpful votes are withdrawn from the counts, and their purchases leave the projection. Runs in the consumer's
/// transaction; a second delivery finds nothing left to erase.
/// </summary>
public sealed class UserDeletedHandler(ReviewsDb db) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        var reviews = await db.Reviews.Where(r => r.AuthorId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var review in reviews)
        {
            db.Reviews.Remove(review);
            db.AddIntegrationEvent(ReviewChanged.Of(review, ReviewChanged.Deleted));
        }

        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE reviews r SET helpful_count = r.helpful_count - 1
            FROM helpful_votes v WHERE v.review_id = r.id AND v.user_id = {userId}
            """, cancellationToken).ConfigureAwait(false);
        await db.HelpfulVotes.Where(v => v.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.PurchaseOrders.Where(o => o.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
