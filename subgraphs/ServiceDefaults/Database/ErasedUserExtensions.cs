using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// The accounts a service erased on <c>user.deleted</c> (docs/events.md): each service that keeps per-user data has an
/// <c>erased_users (user_id uuid PRIMARY KEY, ...)</c> table in its own migrations, and ignores later events naming
/// a user found there, so no delivery order brings an erased person's data back.
/// </summary>
public static class ErasedUserExtensions
{
    /// <summary>Whether <paramref name="userId"/> is in this database's <c>erased_users</c>.</summary>
    public static async Task<bool> IsErasedUserAsync(this DatabaseFacade database, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return await database
            .SqlQuery<bool>($"""SELECT EXISTS (SELECT 1 FROM erased_users WHERE user_id = {userId}) AS "Value" """)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the user's aggregate lock (until the transaction ends), then answers <see cref="IsErasedUserAsync"/>: the
    /// erasure takes the same lock, so a check under it cannot miss an erasure committing at the same moment.
    /// </summary>
    public static async Task<bool> LockAndCheckErasedUserAsync(this DatabaseFacade database, Guid userId, CancellationToken cancellationToken)
    {
        await database.LockAggregateAsync(userId, cancellationToken).ConfigureAwait(false);
        return await database.IsErasedUserAsync(userId, cancellationToken).ConfigureAwait(false);
    }
}
