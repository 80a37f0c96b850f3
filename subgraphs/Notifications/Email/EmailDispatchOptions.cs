namespace Graph.Notifications.Email;

/// <summary>Delivery of the email outbox (configuration section <c>Notifications:Email</c>).</summary>
public sealed class EmailDispatchOptions
{
    public const string SectionName = "Notifications:Email";

    /// <summary>How often the outbox is checked for due emails and unpushed notifications.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per email before it is dead-lettered on <c>notification.dlq</c>.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; doubled after each further failure, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many emails (and notifications) per poll.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The wait before attempt <paramref name="failures"/> + 1.</summary>
    public TimeSpan BackoffAfter(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
        return wait;
    }
}
