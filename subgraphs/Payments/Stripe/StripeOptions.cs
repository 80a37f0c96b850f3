namespace Graph.Payments.Stripe;

/// <summary>
/// Configuration section <c>Stripe</c>. The defaults point at the local fake (tools/Graph.FakeStripe); the environment
/// variables <c>STRIPE_API_KEY</c> and <c>STRIPE_API_BASE</c> override the key and base, switching to real Stripe.
/// </summary>
public sealed class StripeOptions
{
    public const string SectionName = "Stripe";

    /// <summary>Stripe's API base, e.g. <c>https://api.stripe.com</c>.</summary>
    public string ApiBase { get; set; } = "http://127.0.0.1:12111";

    /// <summary>The secret key (<c>sk_test_...</c>); never logged.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The endpoint secret webhooks are signed with (<c>whsec_...</c>); empty: the webhook endpoint refuses everything.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>How old a webhook's signed timestamp may be (Stripe's libraries use 5 minutes).</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Per-attempt timeout of one Stripe request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of transient failures (network, 429, 5xx) with the same idempotency key.</summary>
    public int MaxRetries { get; set; } = 3;
}
