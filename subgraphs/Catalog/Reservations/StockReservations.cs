using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Reservations;

/// <summary>What <see cref="StockReservations.ReserveAsync"/> did with an order.</summary>
public enum ReservationOutcome
{
    /// <summary>Every line is reserved; <c>inventory.reserved.v1</c> is in the outbox.</summary>
    Reserved,

    /// <summary>Nothing is reserved; <c>inventory.rejected.v1</c> is in the outbox.</summary>
    Rejected,

    /// <summary>The order was handled before (or released before it arrived): nothing changed, no event.</summary>
    AlreadyHandled,
}

/// <summary>What <see cref="StockReservations.ReleaseAsync"/> did with an order.</summary>
public enum ReleaseOutcome
{
    /// <summary>The reserved units are available again; <c>inventory.released.v1</c> is in the outbox.</summary>
    Released,

    /// <summary>The order holds no reservation (rejected, or already released): nothing changed.</summary>
    NothingReserved,

    /// <summary>The order had not reached the Catalog yet: it is marked released, so its late arrival reserves nothing.</summary>
    ReleasedBeforeReserved,
}

/// <summary>What <see cref="StockReservations.CommitAsync"/> did with an order.</summary>
public enum CommitOutcome
{
    /// <summary>The reserved units left the stock: <c>on_hand</c> and <c>reserved</c> dropped by each line's quantity.</summary>
    Committed,

    /// <summary>The order holds no reservation (rejected, released, or already committed): nothing changed.</summary>
    NothingReserved,
}

/// <summary>
/// The Catalog's steps of the checkout saga (docs/events.md, steps 2 and 5): reserve an order's lines, release them.
/// Each call is one transaction (the consumer's, with its inbox row, when there is one) holding the stock change, the
/// <c>reservations</c> row and the outgoing events, so they exist together or not at all.
/// </summary>
public sealed class StockReservations(CatalogDb db, TimeProvider clock)
{
    private const string LinesSavepoint = "reservation_lines";

    /// <summary>
    /// Reserves every line of <paramref name="order"/> or none. Each line is a conditional
    /// <c>UPDATE ... WHERE on_hand - reserved &gt;= quantity</c>: concurrent orders for the same item queue on its row
    /// lock and the later one re-checks the condition against the committed stock, so stock is never oversold.
    /// </summary>
    public Task<ReservationOutcome> ReserveAsync(OrderCreated order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OrderId == Guid.Empty)
        {
            // Without an order id there is nobody to answer: the consumer parks the message in the dead-letter topic.
            throw new MalformedMessageException($"order.created.v1 message {order.Id} has no orderId.");
        }

        return InTransactionAsync(ct => ReserveInTransactionAsync(order, ct), cancellationToken);
    }

    /// <summary>Gives back what the order holds, once: only a RESERVED reservation is released.</summary>
    public Task<ReleaseOutcome> ReleaseAsync(Guid orderId, CancellationToken cancellationToken) =>
        InTransactionAsync(ct => ReleaseInTransactionAsync(orderId, ct), cancellationToken);

    /// <summary>
    /// The order shipped: what it reserved leaves the stock for good, once (only a RESERVED reservation commits), and
    /// can no longer be released. Availability (<c>on_hand - reserved</c>) does not change, so no event is needed for
    /// the storefront; the inventory's own figures do, so cached stock levels are evicted.
    /// </summary>
    public Task<CommitOutcome> CommitAsync(Guid orderId, CancellationToken cancellationToken) =>
        InTransactionAsync(ct => CommitInTransactionAsync(orderId, ct), cancellationToken);

    private async Task<CommitOutcome> CommitInTransactionAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var committed = await db.Database.ExecuteSqlAsync(
            $"UPDATE reservations SET state = 'COMMITTED', updated_at = {now} WHERE order_id = {orderId} AND state = 'RESERVED'",
            cancellationToken).ConfigureAwait(false);
        if (committed == 0)
        {
            return CommitOutcome.NothingReserved;
        }

        var lines = await ReservationStore.LinesAsync(db, orderId, cancellationToken).ConfigureAwait(false);
        foreach (var line in lines)
        {
            await InventorySql.CommitAsync(db, line, now, cancellationToken).ConfigureAwait(false);
        }

        if (lines.Count > 0)
        {
            db.AddIntegrationEvent(new CatalogChanged("inventory.committed", Tags(lines)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CommitOutcome.Committed;
    }

    private async Task<ReservationOutcome> ReserveInTransactionAsync(OrderCreated order, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Claiming the order id first makes a duplicate delivery (even a concurrent one: it waits on this row) a no-op.
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO reservations (order_id, state, reason, created_at, updated_at) VALUES ({order.OrderId}, 'RESERVED', NULL, {now}, {now}) ON CONFLICT (order_id) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        if (claimed == 0)
        {
            return ReservationOutcome.AlreadyHandled;
        }

        var lines = ReservationLines.Normalize(order.Lines);
        if (lines is null)
        {
            await RejectAsync(order.OrderId, SagaContracts.InvalidOrderReason, [], now, cancellationToken).ConfigureAwait(false);
            return ReservationOutcome.Rejected;
        }

        await ReservationStore.AddLinesAsync(db, order.OrderId, lines, cancellationToken).ConfigureAwait(false);
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(LinesSavepoint, cancellationToken).ConfigureAwait(false);
        var shortLines = new List<ReservationLine>();
        foreach (var line in lines)
        {
            // Every line is tried, not only up to the first short one, so the rejection names all of them.
            if (!await InventorySql.TryReserveAsync(db, line, now, cancellationToken).ConfigureAwait(false))
            {
                shortLines.Add(line);
            }
        }

        if (shortLines.Count > 0)
        {
            await transaction.RollbackToSavepointAsync(LinesSavepoint, cancellationToken).ConfigureAwait(false);
            var items = new List<RejectedItem>(shortLines.Count);
            foreach (var line in shortLines)
            {
                var available = await InventorySql.AvailableAsync(db, line, cancellationToken).ConfigureAwait(false);
                items.Add(new RejectedItem(line.Kind, line.ItemId, line.Quantity, available));
            }

            await RejectAsync(order.OrderId, SagaContracts.OutOfStockReason, items, now, cancellationToken).ConfigureAwait(false);
            return ReservationOutcome.Rejected;
        }

        await transaction.ReleaseSavepointAsync(LinesSavepoint, cancellationToken).ConfigureAwait(false);
        db.AddIntegrationEvent(new InventoryReserved(order.OrderId));
        db.AddIntegrationEvent(new CatalogChanged("inventory.reserved", Tags(lines)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ReservationOutcome.Reserved;
    }

    private async Task RejectAsync(Guid orderId, string reason, IReadOnlyList<RejectedItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"UPDATE reservations SET state = 'REJECTED', reason = {reason}, updated_at = {now} WHERE order_id = {orderId}",
            cancellationToken).ConfigureAwait(false);
        db.AddIntegrationEvent(new InventoryRejected(orderId, reason, items));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ReleaseOutcome> ReleaseInTransactionAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Topics are not ordered with each other: a cancellation may be read before the order it cancels.
        var tombstone = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO reservations (order_id, state, reason, created_at, updated_at) VALUES ({orderId}, 'RELEASED', NULL, {now}, {now}) ON CONFLICT (order_id) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        if (tombstone == 1)
        {
            return ReleaseOutcome.ReleasedBeforeReserved;
        }

        var released = await db.Database.ExecuteSqlAsync(
            $"UPDATE reservations SET state = 'RELEASED', updated_at = {now} WHERE order_id = {orderId} AND state = 'RESERVED'",
            cancellationToken).ConfigureAwait(false);
        if (released == 0)
        {
            return ReleaseOutcome.NothingReserved;
        }

        var lines = await ReservationStore.LinesAsync(db, orderId, cancellationToken).ConfigureAwait(false);
        foreach (var line in lines)
        {
            await InventorySql.ReleaseAsync(db, line, now, cancellationToken).ConfigureAwait(false);
        }

        db.AddIntegrationEvent(new InventoryReleased(orderId));
        if (lines.Count > 0)
        {
            db.AddIntegrationEvent(new CatalogChanged("inventory.released", Tags(lines)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ReleaseOutcome.Released;
    }

    /// <summary>Runs in the consumer's transaction when there is one, else in a transaction of its own.</summary>
    private async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The <c>catalog.changed</c> tags of the items whose availability changed.</summary>
    private static string[] Tags(IEnumerable<ReservationLine> lines) =>
        lines.Select(line => EntityTags.For(line.Kind == SagaContracts.ProductKind ? EntityTags.Product : EntityTags.Coupon, line.ItemId))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
