using Graph.Messaging;
using Graph.Orders.Domain;
using Graph.Orders.Events;
using Graph.Orders.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Consumers;

/// <summary>
/// Moves an order on a saga outcome (docs/events.md step 4), inside the consumer's transaction (the inbox makes a
/// redelivered message a no-op). Events may arrive twice or out of order across topics: a move that is not legal from
/// the current status is logged and ignored, never thrown (that would only retry and dead-letter it).
/// </summary>
public sealed class SagaOutcomeApplier(OrdersDb db, OrderTransitions transitions, ILogger<SagaOutcomeApplier> logger)
{
    public async Task ApplyAsync(Guid orderId, OrderStatus to, string eventType, CancellationToken cancellationToken)
    {
        // The consumer's transaction is open: lock the row so a concurrent cancelOrder cannot interleave its move.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM orders WHERE id = {orderId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
        var order = await db.Orders.Include(o => o.StatusHistory)
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            logger.LogWarning("Ignoring {EventType}: order {OrderId} does not exist here.", eventType, orderId);
            return;
        }

        if (!transitions.TryMove(db, order, to))
        {
            logger.LogInformation("Ignoring {EventType} for order {OrderId}: {From} -> {To} is not a legal move.", eventType, orderId, order.Status, to);
            return;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary><c>inventory.rejected.v1</c> -> REJECTED.</summary>
public sealed class InventoryRejectedHandler(SagaOutcomeApplier applier) : IIntegrationEventHandler<InventoryRejected>
{
    public Task HandleAsync(InventoryRejected integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        applier.ApplyAsync(integrationEvent.OrderId, OrderStatus.Rejected, context.Envelope.Type, cancellationToken);
}

/// <summary><c>inventory.reserved.v1</c> / <c>inventory.released.v1</c>: no status change here; handled so the inbox records them.</summary>
public sealed class InventoryInformationalHandler : IIntegrationEventHandler<InventoryReserved>, IIntegrationEventHandler<InventoryReleased>
{
    public Task HandleAsync(InventoryReserved integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task HandleAsync(InventoryReleased integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary><c>payment.succeeded.v1</c> -> PAID.</summary>
public sealed class PaymentSucceededHandler(SagaOutcomeApplier applier) : IIntegrationEventHandler<PaymentSucceeded>
{
    public Task HandleAsync(PaymentSucceeded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        applier.ApplyAsync(integrationEvent.OrderId, OrderStatus.Paid, context.Envelope.Type, cancellationToken);
}

/// <summary><c>payment.failed.v1</c> -> PAYMENT_FAILED.</summary>
public sealed class PaymentFailedHandler(SagaOutcomeApplier applier) : IIntegrationEventHandler<PaymentFailed>
{
    public Task HandleAsync(PaymentFailed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        applier.ApplyAsync(integrationEvent.OrderId, OrderStatus.PaymentFailed, context.Envelope.Type, cancellationToken);
}

/// <summary><c>payment.refunded.v1</c> -> REFUNDED (legal only from CANCELLED after PAID).</summary>
public sealed class PaymentRefundedHandler(SagaOutcomeApplier applier) : IIntegrationEventHandler<PaymentRefunded>
{
    public Task HandleAsync(PaymentRefunded integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        applier.ApplyAsync(integrationEvent.OrderId, OrderStatus.Refunded, context.Envelope.Type, cancellationToken);
}
