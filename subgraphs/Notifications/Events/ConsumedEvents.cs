using Graph.Messaging;

namespace Graph.Notifications.Events;

// This service's own records of the events it consumes (docs/events.md); only the fields it uses need to match.

/// <summary><c>order.created.v1</c> on <c>order.create</c>: who placed the order (the recipient of its emails).</summary>
public sealed record OrderCreatedIntegrationEvent(Guid OrderId, Guid UserId, string CustomerEmail, string Currency, string Total)
    : IntegrationEvent
{
    public const string Topic = "order.create";
    public const string TypeName = "order.created.v1";

    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>order.status-changed.v1</c> on <c>order.status</c>.</summary>
public sealed record OrderStatusChangedIntegrationEvent(
    Guid OrderId, Guid UserId, string CustomerEmail, string Status, string? PreviousStatus, string Total, string Currency)
    : IntegrationEvent
{
    public const string Topic = "order.status";
    public const string TypeName = "order.status-changed.v1";

    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.succeeded.v1</c> on <c>payment.event</c>.</summary>
public sealed record PaymentSucceededIntegrationEvent(Guid OrderId, string Amount, string Currency) : IntegrationEvent
{
    public const string Topic = "payment.event";
    public const string TypeName = "payment.succeeded.v1";

    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.failed.v1</c> on <c>payment.event</c>.</summary>
public sealed record PaymentFailedIntegrationEvent(Guid OrderId, string Code, string Reason) : IntegrationEvent
{
    public const string TypeName = "payment.failed.v1";

    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.refunded.v1</c> on <c>payment.event</c>.</summary>
public sealed record PaymentRefundedIntegrationEvent(Guid OrderId, string Amount, string Currency) : IntegrationEvent
{
    public const string TypeName = "payment.refunded.v1";

    public override string GetAggregateId() => OrderId.ToString();
}
