using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>Where an order is in the checkout saga (docs/events.md); legal moves are <see cref="OrderStatusMachine"/>'s.</summary>
[GraphQLDescription("Where an order is: PENDING until stock and payment settle, then PAID, PAYMENT_FAILED or REJECTED; a paid order is SHIPPED then DELIVERED; CANCELLED and REFUNDED end it.")]
public enum OrderStatus
{
    Pending,
    Paid,
    PaymentFailed,
    Rejected,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}
