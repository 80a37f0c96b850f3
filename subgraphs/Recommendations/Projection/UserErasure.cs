using Graph.Recommendations.Infrastructure;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Projection;

/// <summary>
/// Erasing an account (<c>user.deleted</c>, README "Erasure"): the user's purchase and rating facts are deleted and the
/// derived rows they fed are taken back through <see cref="PurchaseProjection"/>, exactly as if each of their counting
/// orders had stopped counting; the id goes into <c>erased_users</c> so later events naming the user are ignored.
/// Deleting (rather than re-keying the facts to a random id) is what keeps the projection order-independent: the end
/// state is that of a delivery that never held the user's events, whether those arrived before the deletion (deleted
/// here) or after it (ignored), and no table keeps a link from the person to a stand-in id. The price is that their
/// purchases no longer count in the aggregates (co-purchases, sales), which is what an erasure means.
/// Callers hold <see cref="ProjectionLock"/>.
/// </summary>
public sealed class UserErasure(RecommendationsDb db, PurchaseProjection projection, TimeProvider clock)
{
    /// <summary>Whether <paramref name="userId"/> was erased: their events are to be ignored.</summary>
    public Task<bool> IsErasedAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Database.IsErasedUserAsync(userId, cancellationToken);

    /// <summary>Erases the user; a second call finds nothing left but the <c>erased_users</c> row.</summary>
    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var countingOrders = await db.Database.SqlQuery<Guid>($"""
            SELECT order_id AS "Value" FROM order_facts
            WHERE user_id = {userId} AND created AND paid AND NOT ended
            ORDER BY order_id
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var orderId in countingOrders)
        {
            await projection.StopCountingAsync(orderId, cancellationToken).ConfigureAwait(false);
        }

        // order_lines go with their order (ON DELETE CASCADE).
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM order_facts WHERE user_id = {userId}", cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM user_ratings WHERE user_id = {userId}", cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO erased_users (user_id, erased_at) VALUES ({userId}, {clock.GetUtcNow()})
            ON CONFLICT (user_id) DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
    }
}
