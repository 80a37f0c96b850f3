using Graph.Types;

namespace Graph.Users.Accounts;

/// <summary>
/// A card saved with Stripe: only Stripe's payment-method id and display metadata are kept, never a card number
/// (ARCHITECTURE.md section 8). Visible to its owner only; admins do not see it either.
/// </summary>
[GraphQLDescription("A card saved with Stripe, as display metadata and Stripe's payment-method id. Never a card number. Only the user can read it.")]
public sealed class PaymentMethod
{
    [ID]
    [GraphQLDescription("The payment method's id in this service.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLDescription("Stripe's payment-method id (`pm_...`), used by the Payments service to charge.")]
    public string StripePaymentMethodId { get; set; } = "";

    [GraphQLDescription("The card brand, e.g. `visa`, `mastercard`.")]
    public string Brand { get; set; } = "";

    [GraphQLDescription("The last four digits of the card number.")]
    public string Last4 { get; set; } = "";

    [GraphQLDescription("Expiry month, 1 to 12.")]
    public int ExpMonth { get; set; }

    [GraphQLDescription("Expiry year, four digits.")]
    public int ExpYear { get; set; }

    [GraphQLDescription("When the payment method was saved.")]
    public DateTimeOffset CreatedAt { get; set; }
}
