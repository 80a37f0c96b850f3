using Graph.Messaging;

namespace Graph.Payments.Events;

/// <summary><c>order.created.v1</c> on <c>order.create</c> (Orders, at checkout): the payment to take. <see cref="Total"/> is a decimal string; <see cref="PaymentMethodId"/> is Stripe's <c>pm_...</c>.</summary>
public sealed record OrderCreated(
    Guid OrderId,
    Guid UserId,
    string? CustomerEmail,
    string PaymentMethodId,
    string Currency,
    string Total) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>inventory.reserved.v1</c> on <c>inventory.event</c> (Catalog): the stock is held, so the order is charged.</summary>
public sealed record InventoryReserved(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>inventory.rejected.v1</c> on <c>inventory.event</c> (Catalog): nothing reserved, so nothing is charged.</summary>
public sealed record InventoryRejected(Guid OrderId, string? Reason) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>inventory.released.v1</c> on <c>inventory.event</c> (Catalog, audit): registered so it is not an unknown type; Payments has no handler.</summary>
public sealed record InventoryReleased(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>order.status-changed.v1</c> on <c>order.status</c> (Orders): Payments refunds on <c>CANCELLED</c> of a paid order.</summary>
public sealed record OrderStatusChanged(Guid OrderId, Guid UserId, string Status, string? PreviousStatus) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
