namespace Graph.FakeStripe;

/// <summary>Settings of the fake (configuration section <c>FakeStripe</c>).</summary>
public sealed class FakeStripeOptions
{
    /// <summary>Where <c>payment_intent.succeeded</c> and <c>payment_intent.payment_failed</c> events are posted; empty: no webhooks.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The endpoint secret (<c>whsec_...</c>) webhooks are signed with, as Stripe does.</summary>
    public string? WebhookSecret { get; set; }
}
