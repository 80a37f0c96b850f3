using Graph.Messaging;

namespace Graph.Catalog.Reservations;

/// <summary>
/// <c>order.created.v1</c> on <c>order.create</c>, produced by Orders at checkout (docs/events.md). The Catalog reserves
/// <see cref="Lines"/>; the other fields are declared for completeness of the contract and not used here.
/// </summary>
public sealed record OrderCreated(
    Guid OrderId,
    Guid UserId,
    string? CustomerEmail,
    string? PaymentMethodId,
    string? Currency,
    decimal Total,
    IReadOnlyList<OrderCreatedLine>? Lines) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>One line of <see cref="OrderCreated"/>: <see cref="Kind"/> is <c>PRODUCT</c> or <c>COUPON</c>.</summary>
public sealed record OrderCreatedLine(Guid LineId, string? Kind, Guid ItemId, string? Name, int Quantity, decimal UnitPrice);

/// <summary><c>payment.failed.v1</c> on <c>payment.event</c> (Payments): the Catalog releases the order's reservation.</summary>
public sealed record PaymentFailed(Guid OrderId, Guid? PaymentId, string? Code, string? Reason) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>
/// <c>payment.succeeded.v1</c> on <c>payment.event</c>. The Catalog has no handler for it; it is mapped only so the
/// Catalog's consumer of the topic skips it instead of dead-lettering an unknown type.
/// </summary>
public sealed record PaymentSucceeded(Guid OrderId, Guid? PaymentId, decimal Amount, string? Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.refunded.v1</c> on <c>payment.event</c>: mapped, not handled, as <see cref="PaymentSucceeded"/>.</summary>
public sealed record PaymentRefunded(Guid OrderId, Guid? PaymentId, decimal Amount, string? Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>
/// <c>order.status-changed.v1</c> on <c>order.status</c> (Orders): a <c>CANCELLED</c> status releases the reservation.
/// </summary>
public sealed record OrderStatusChanged(
    Guid OrderId,
    Guid UserId,
    string? CustomerEmail,
    string? Status,
    string? PreviousStatus,
    decimal Total,
    string? Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
