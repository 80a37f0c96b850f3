using Graph.AspNetCore.Authorization;
using Graph.Payments.Domain;
using Graph.Types;

namespace Graph.Payments.GraphQL;

/// <summary>The guarded fields of <see cref="Payment"/>: only its customer and admins read them.</summary>
[ObjectType<Payment>]
public static class PaymentNode
{
    [ID]
    [Authorize(Policy = PaymentPolicies.OwnerOrAdmin)]
    [GraphQLDescription("The order this payment is for.")]
    public static Guid GetOrderId([Parent] Payment payment) => payment.OrderId;

    [Authorize(Policy = PaymentPolicies.OwnerOrAdmin)]
    [GraphQLDescription("The amount charged (or to be charged).")]
    public static Money GetAmount([Parent] Payment payment) => new(payment.Amount, payment.Currency);

    [Authorize(Policy = PaymentPolicies.OwnerOrAdmin)]
    [GraphQLDescription("Where the payment is.")]
    public static PaymentStatus GetStatus([Parent] Payment payment) => payment.Status;

    [Authorize(Policy = PaymentPolicies.OwnerOrAdmin)]
    [GraphQLDescription("Stripe's code when the payment failed (`card_declined`, `authentication_required`, ...), else null. `authentication_required`: the card needs 3-D Secure, which cannot happen while the customer is away; paying again on-session fixes it. `payment_method_unusable`: Stripe refused the payment method itself (unknown, or saved by another customer).")]
    public static string? GetFailureCode([Parent] Payment payment) => payment.FailureCode;

    [Authorize(Policy = PaymentPolicies.OwnerOrAdmin)]
    [GraphQLDescription("Why the payment failed, for people, else null.")]
    public static string? GetFailureReason([Parent] Payment payment) => payment.FailureReason;
}
