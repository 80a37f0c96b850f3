using Graph.Payments.Infrastructure;
using Graph.ServiceDefaults.Database;

namespace Graph.Payments.Saga;

/// <summary>
/// The accounts erased by <c>user.deleted</c> (table <c>erased_users</c>). The erasure and the recording of a new order
/// both take the user's aggregate lock first, so an order recorded concurrently with the erasure is either seen by
/// it (and failed) or sees the erasure (and is failed at once): no payment of an erased user is ever charged.
/// </summary>
public static class ErasedCustomers
{
    /// <summary>The <c>failure_reason</c> (and <c>payment.failed.v1</c> reason) of a payment failed by an erasure.</summary>
    public const string Reason = "The customer's account was deleted.";

    /// <summary>Takes the user's lock until the transaction ends (the erasure, before it looks at the user's rows).</summary>
    public static Task LockAsync(PaymentsDb db, Guid userId, CancellationToken cancellationToken) => db.Database.LockAggregateAsync(userId, cancellationToken);

    /// <summary>Takes the user's lock (until the transaction ends) and answers whether the user was erased.</summary>
    public static Task<bool> LockAndCheckAsync(PaymentsDb db, Guid userId, CancellationToken cancellationToken) =>
        db.Database.LockAndCheckErasedUserAsync(userId, cancellationToken);
}
