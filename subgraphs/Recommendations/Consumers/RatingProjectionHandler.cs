using Graph.Messaging;
using Graph.Recommendations.Events;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Consumers;

/// <summary>
/// Reviews' <c>review.changed</c> into each user's latest rating of a product (null once deleted or hidden). The
/// event's time decides: an older event arriving after a newer one changes nothing, and at equal times a removal, then the
/// lower rating, wins, so duplicates and any delivery order end in the same row. (No event carries a product's category, so ratings, not
/// category affinity, are the user's taste signal; README.) A rating by an erased user is ignored; the check runs under
/// <see cref="ProjectionLock"/> so it cannot miss an erasure committing at the same moment.
/// </summary>
public sealed class RatingProjectionHandler(RecommendationsDb db, UserErasure erasure) : IIntegrationEventHandler<ReviewChanged>
{
    public async Task HandleAsync(ReviewChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        await ProjectionLock.AcquireAsync(db, cancellationToken).ConfigureAwait(false);
        if (await erasure.IsErasedAsync(integrationEvent.AuthorId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        short? rating = integrationEvent.Counts && integrationEvent.Rating is >= 1 and <= 5 ? (short)integrationEvent.Rating : null;
        var at = context.Envelope.Time;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO user_ratings (user_id, product_id, rating, changed_at)
            VALUES ({integrationEvent.AuthorId}, {integrationEvent.ProductId}, {rating}, {at})
            ON CONFLICT (user_id, product_id) DO UPDATE SET rating = EXCLUDED.rating, changed_at = EXCLUDED.changed_at
            WHERE EXCLUDED.changed_at > user_ratings.changed_at
               OR (EXCLUDED.changed_at = user_ratings.changed_at AND user_ratings.rating IS NOT NULL
                   AND (EXCLUDED.rating IS NULL OR EXCLUDED.rating < user_ratings.rating))
            """, cancellationToken).ConfigureAwait(false);
    }
}
