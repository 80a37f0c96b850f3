namespace Graph.Orders.Expiry;

/// <summary>The <c>Orders:PendingExpiry</c> section: when an order still waiting for its payment gives up.</summary>
public sealed class PendingOrderExpiryOptions
{
    public const string SectionName = "Orders:PendingExpiry";

    /// <summary>
    /// How long an order may stay PENDING. The saga normally settles in well under a second; an order still pending
    /// after this lost its answer (a payment stuck in processing, a service down for long) and holds stock meanwhile.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the sweep looks for expired orders.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many orders one transaction cancels; the sweep repeats until none is left.</summary>
    public int BatchSize { get; set; } = 50;
}
