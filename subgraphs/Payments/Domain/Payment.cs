using Graph.Types;

namespace Graph.Payments.Domain;

/// <summary>
/// One order's payment: created PENDING from <c>order.created.v1</c>, charged once on <c>inventory.reserved.v1</c>.
/// Only Stripe ids are kept, never card data (ARCHITECTURE.md section 8).
/// </summary>
[Key("id")]
[GraphQLDescription("The payment of one order.")]
public sealed class Payment
{
    [ID]
    [GraphQLDescription("The payment's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLIgnore]
    public decimal Amount { get; set; }

    [GraphQLIgnore]
    public string Currency { get; set; } = "";

    [GraphQLIgnore]
    public string PaymentMethodId { get; set; } = "";

    [GraphQLIgnore]
    public PaymentStatus Status { get; set; }

    [GraphQLIgnore]
    public string? FailureCode { get; set; }

    [GraphQLIgnore]
    public string? FailureReason { get; set; }

    [GraphQLIgnore]
    public string? StripePaymentIntentId { get; set; }

    [GraphQLIgnore]
    public string? StripeRefundId { get; set; }

    [GraphQLDescription("When the order reached this service.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the payment last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }
}
