using Graph.Messaging;

namespace Graph.Recommendations.Events;

/// <summary>
/// <c>order.created.v1</c> on <c>order.create</c> (Orders, docs/events.md): who ordered which products; the envelope's
/// other fields are ignored.
/// </summary>
public sealed record OrderCreated(Guid OrderId, Guid UserId, IReadOnlyList<OrderCreatedLine> Lines) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>A line of <see cref="OrderCreated"/>: <c>kind</c> is <c>PRODUCT</c> or <c>COUPON</c>.</summary>
public sealed record OrderCreatedLine(string Kind, Guid ItemId);

/// <summary><c>order.status-changed.v1</c> on <c>order.status</c> (Orders): the new status, UPPER_SNAKE_CASE.</summary>
public sealed record OrderStatusChanged(Guid OrderId, Guid UserId, string Status) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
