using System.Text.Json;
using Graph.Messaging;

namespace Graph.Orders.Events;

/// <summary><c>inventory.rejected.v1</c> on <c>inventory.event</c> (Catalog): the order's stock could not be reserved.</summary>
public sealed record InventoryRejected(Guid OrderId, string? Reason, JsonElement? Items) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>inventory.reserved.v1</c> on <c>inventory.event</c>: nothing to do here (Payments charges), declared so the type is known.</summary>
public sealed record InventoryReserved(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>inventory.released.v1</c> on <c>inventory.event</c>: audit only, declared so the type is known.</summary>
public sealed record InventoryReleased(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.succeeded.v1</c> on <c>payment.event</c> (Payments): the order was charged.</summary>
public sealed record PaymentSucceeded(Guid OrderId, string? PaymentId, JsonElement? Amount, string? Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.failed.v1</c> on <c>payment.event</c>: the charge was declined or needs the customer.</summary>
public sealed record PaymentFailed(Guid OrderId, string? PaymentId, string? Code, string? Reason) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.refunded.v1</c> on <c>payment.event</c>: the charge was refunded.</summary>
public sealed record PaymentRefunded(Guid OrderId, string? PaymentId, JsonElement? Amount, string? Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
