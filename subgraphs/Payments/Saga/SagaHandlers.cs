using Graph.Messaging;
using Graph.Payments.Events;

namespace Graph.Payments.Saga;

/// <summary><c>order.created.v1</c>: record the pending payment.</summary>
public sealed class OrderCreatedHandler(PaymentProcessor payments) : IIntegrationEventHandler<OrderCreated>
{
    public Task HandleAsync(OrderCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        payments.RecordOrderAsync(integrationEvent, cancellationToken);
}

/// <summary><c>inventory.reserved.v1</c>: charge.</summary>
public sealed class InventoryReservedHandler(PaymentProcessor payments) : IIntegrationEventHandler<InventoryReserved>
{
    public Task HandleAsync(InventoryReserved integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        payments.OnReservedAsync(integrationEvent.OrderId, cancellationToken);
}

/// <summary><c>inventory.rejected.v1</c>: cancel without charging.</summary>
public sealed class InventoryRejectedHandler(PaymentProcessor payments) : IIntegrationEventHandler<InventoryRejected>
{
    public Task HandleAsync(InventoryRejected integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        payments.OnRejectedAsync(integrationEvent.OrderId, cancellationToken);
}

/// <summary><c>order.status-changed.v1</c>: refund on <c>CANCELLED</c>; other statuses are not Payments' business.</summary>
public sealed class OrderStatusChangedHandler(PaymentProcessor payments) : IIntegrationEventHandler<OrderStatusChanged>
{
    public Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken) =>
        integrationEvent.Status == "CANCELLED"
            ? payments.OnOrderCancelledAsync(integrationEvent.OrderId, cancellationToken)
            : Task.CompletedTask;
}
