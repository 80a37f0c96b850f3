using Graph.Execution.DataLoader;
using Graph.Payments.Domain;
using Graph.Payments.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.GraphQL;

/// <summary>
/// Payments by id, one SQL query per execution step. Not cached in Redis: a payment changes with every saga step and
/// a stale status would mislead the customer.
/// </summary>
public sealed class PaymentByIdLoader(IBatchScheduler scheduler, IDbContextFactory<PaymentsDb> databases)
    : BatchDataLoader<Guid, Payment>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, Payment>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Payments.AsNoTracking().Where(p => keys.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Payments by order id (<c>Order.payment</c>), one SQL query per execution step.</summary>
public sealed class PaymentByOrderIdLoader(IBatchScheduler scheduler, IDbContextFactory<PaymentsDb> databases)
    : BatchDataLoader<Guid, Payment>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, Payment>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Payments.AsNoTracking().Where(p => keys.Contains(p.OrderId)).ToDictionaryAsync(p => p.OrderId, cancellationToken).ConfigureAwait(false);
    }
}
