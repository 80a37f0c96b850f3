namespace Graph.Orders.Domain;

/// <summary>
/// The one place that knows which status changes are legal (issue 6 part 1): PENDING -> PAID | PAYMENT_FAILED |
/// REJECTED | CANCELLED; PAID -> SHIPPED | CANCELLED; SHIPPED -> DELIVERED; CANCELLED -> REFUNDED, but only for an order
/// that had been paid (a refund needs a charge).
/// </summary>
public static class OrderStatusMachine
{
    /// <summary>Whether an order in <paramref name="from"/> may move to <paramref name="to"/>; <paramref name="wasPaid"/>: it reached PAID once.</summary>
    public static bool CanMove(OrderStatus from, OrderStatus to, bool wasPaid) => (from, to) switch
    {
        (OrderStatus.Pending, OrderStatus.Paid) => true,
        (OrderStatus.Pending, OrderStatus.PaymentFailed) => true,
        (OrderStatus.Pending, OrderStatus.Rejected) => true,
        (OrderStatus.Pending, OrderStatus.Cancelled) => true,
        (OrderStatus.Paid, OrderStatus.Shipped) => true,
        (OrderStatus.Paid, OrderStatus.Cancelled) => true,
        (OrderStatus.Shipped, OrderStatus.Delivered) => true,
        (OrderStatus.Cancelled, OrderStatus.Refunded) => wasPaid,
        _ => false,
    };

    /// <summary>Whether the status ends the order's life: nothing moves it any more.</summary>
    public static bool IsFinal(OrderStatus status, bool wasPaid) =>
        Enum.GetValues<OrderStatus>().All(to => !CanMove(status, to, wasPaid));
}
