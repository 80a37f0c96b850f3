using Graph.Messaging;

namespace Graph.Orders.Events;

/// <summary>
/// <c>order.created.v1</c> on <c>order.create</c> (docs/events.md): written by <c>checkout</c> with the PENDING order, in
/// its transaction. Catalog reserves the stock, Payments charges <see cref="PaymentMethodId"/>. Amounts are decimal strings.
/// </summary>
public sealed record OrderCreated(
    Guid OrderId,
    Guid UserId,
    string CustomerEmail,
    string PaymentMethodId,
    string Currency,
    string Total,
    IReadOnlyList<OrderCreatedLine> Lines) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>A line of <see cref="OrderCreated"/>: <c>kind</c> is <c>PRODUCT</c> or <c>COUPON</c>.</summary>
public sealed record OrderCreatedLine(Guid LineId, string Kind, Guid ItemId, string Name, int Quantity, string UnitPrice);
