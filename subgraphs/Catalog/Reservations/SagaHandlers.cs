using Graph.Messaging;
using Microsoft.Extensions.Logging;

namespace Graph.Catalog.Reservations;

/// <summary>Step 2 of the saga: <c>order.created.v1</c> reserves the order's stock or rejects it.</summary>
public sealed partial class OrderCreatedHandler(StockReservations reservations, ILogger<OrderCreatedHandler> logger)
    : IIntegrationEventHandler<OrderCreated>
{
    public async Task HandleAsync(OrderCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var outcome = await reservations.ReserveAsync(integrationEvent, cancellationToken).ConfigureAwait(false);
        LogOutcome(integrationEvent.OrderId, outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: stock {Outcome}")]
    private partial void LogOutcome(Guid orderId, ReservationOutcome outcome);
}

/// <summary>Compensation (saga step 5): <c>payment.failed.v1</c> releases the order's reservation.</summary>
public sealed partial class PaymentFailedHandler(StockReservations reservations, ILogger<PaymentFailedHandler> logger)
    : IIntegrationEventHandler<PaymentFailed>
{
    public async Task HandleAsync(PaymentFailed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var outcome = await reservations.ReleaseAsync(integrationEvent.OrderId, cancellationToken).ConfigureAwait(false);
        LogOutcome(integrationEvent.OrderId, outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: payment failed, reservation {Outcome}")]
    private partial void LogOutcome(Guid orderId, ReleaseOutcome outcome);
}

/// <summary>
/// Compensation (saga step 5): <c>order.status-changed.v1</c> with status <c>CANCELLED</c> releases the order's
/// reservation; every other status is ignored here.
/// </summary>
public sealed partial class OrderCancelledHandler(StockReservations reservations, ILogger<OrderCancelledHandler> logger)
    : IIntegrationEventHandler<OrderStatusChanged>
{
    public async Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (!string.Equals(integrationEvent.Status, SagaContracts.CancelledStatus, StringComparison.Ordinal))
        {
            return;
        }

        var outcome = await reservations.ReleaseAsync(integrationEvent.OrderId, cancellationToken).ConfigureAwait(false);
        LogOutcome(integrationEvent.OrderId, outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: cancelled, reservation {Outcome}")]
    private partial void LogOutcome(Guid orderId, ReleaseOutcome outcome);
}
