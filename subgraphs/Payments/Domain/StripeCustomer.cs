namespace Graph.Payments.Domain;

/// <summary>The Stripe customer of one user, created on the user's first charge and reused afterwards.</summary>
public sealed class StripeCustomer
{
    public Guid UserId { get; set; }

    public string CustomerId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
