using Graph.Notifications.Infrastructure;
using Graph.ServiceDefaults.Database;

namespace Graph.Notifications.Composition;

/// <summary>
/// The accounts erased by <c>user.deleted</c> (table <c>erased_users</c>). Whoever writes a user's contact, email or
/// notification and the erasure itself take the user's aggregate lock first, so a check made under it cannot miss an
/// erasure committing at the same moment (and an erasure cannot miss rows written just before it).
/// </summary>
public static class ErasedUsers
{
    /// <summary>Takes the user's lock until the transaction ends (the erasure, before it looks at the user's rows).</summary>
    public static Task LockAsync(NotificationsDb db, Guid userId, CancellationToken ct) => db.Database.LockAggregateAsync(userId, ct);

    /// <summary>Takes the user's lock (until the transaction ends) and answers whether the user was erased.</summary>
    public static Task<bool> LockAndCheckAsync(NotificationsDb db, Guid userId, CancellationToken ct) =>
        db.Database.LockAndCheckErasedUserAsync(userId, ct);
}
