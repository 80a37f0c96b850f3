using Graph.Types;

namespace Graph.Payments.Domain;

/// <summary>Where a payment is in the checkout saga (docs/events.md).</summary>
[GraphQLDescription("Where a payment is in the checkout.")]
public enum PaymentStatus
{
    [GraphQLDescription("The order is known; waiting for the stock reservation before charging.")]
    Pending,

    [GraphQLDescription("Stripe accepted the charge but reports the outcome later (webhook).")]
    Processing,

    [GraphQLDescription("The card was charged.")]
    Succeeded,

    [GraphQLDescription("The charge failed; `failureCode` says why (Stripe's code, e.g. `card_declined`).")]
    Failed,

    [GraphQLDescription("Never charged: the stock was not reserved or the order was cancelled first.")]
    Cancelled,

    [GraphQLDescription("The charge was refunded.")]
    Refunded,
}
