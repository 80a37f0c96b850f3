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
/// <c>order.status-changed.v1</c>: <c>CANCELLED</c> releases the order's reservation (compensation, saga step 5);
/// <c>SHIPPED</c> commits it (the units leave the stock). Every other status is ignored here.
/// </summary>
public sealed partial class OrderStatusHandler(StockReservations reservations, ILogger<OrderStatusHandler> logger)
    : IIntegrationEventHandler<OrderStatusChanged>
{
    public async Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        switch (integrationEvent.Status)
        {
            case SagaContracts.CancelledStatus:
                LogReleased(integrationEvent.OrderId, await reservations.ReleaseAsync(integrationEvent.OrderId, cancellationToken).ConfigureAwait(false));
                break;
            case SagaContracts.ShippedStatus:
                LogCommitted(integrationEvent.OrderId, await reservations.CommitAsync(integrationEvent.OrderId, cancellationToken).ConfigureAwait(false));
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: cancelled, reservation {Outcome}")]
    private partial void LogReleased(Guid orderId, ReleaseOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId}: shipped, reservation {Outcome}")]
    private partial void LogCommitted(Guid orderId, CommitOutcome outcome);
}
