using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>Where an order is in the checkout saga (docs/events.md); legal moves are <see cref="OrderStatusMachine"/>'s.</summary>
[GraphQLDescription("Where an order is: PENDING until stock and payment settle, then PAID, PAYMENT_FAILED or REJECTED; a paid order is SHIPPED then DELIVERED; CANCELLED and REFUNDED end it.")]
public enum OrderStatus
{
    [GraphQLDescription("Placed; waiting for the stock reservation and the payment.")]
    Pending,

    [GraphQLDescription("Charged; waiting to ship.")]
    Paid,

    [GraphQLDescription("The charge failed (declined, authentication required); the stock is released.")]
    PaymentFailed,

    [GraphQLDescription("The stock could not be reserved; nothing was charged.")]
    Rejected,

    [GraphQLDescription("Handed to the carrier.")]
    Shipped,

    [GraphQLDescription("Delivered to the customer.")]
    Delivered,

    [GraphQLDescription("Cancelled by the customer or an admin before shipping.")]
    Cancelled,

    [GraphQLDescription("Cancelled after payment and refunded.")]
    Refunded,
}
