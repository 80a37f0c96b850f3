using Graph.Messaging;

namespace Graph.Orders.Events;

/// <summary>
/// <c>order.status-changed.v1</c> on <c>order.status</c> (docs/events.md): every status change after checkout, written
/// in the transaction of the change. Statuses are UPPER_SNAKE_CASE; <see cref="Total"/> a decimal string.
/// </summary>
public sealed record OrderStatusChanged(
    Guid OrderId,
    Guid UserId,
    string CustomerEmail,
    string Status,
    string PreviousStatus,
    string Total,
    string Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
