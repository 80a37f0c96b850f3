namespace Graph.Notifications.Domain;

/// <summary>Where an <see cref="OutgoingEmail"/> is in its life.</summary>
public enum EmailStatus
{
    /// <summary>The event named an order this service has not heard of yet (topics are not ordered with each other).</summary>
    WaitingForOrder,

    /// <summary>To be sent at <see cref="OutgoingEmail.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The relay accepted it.</summary>
    Sent,

    /// <summary>Every attempt failed; parked on <c>notification.dlq</c> until an admin replays it.</summary>
    Dead,
}

/// <summary>One customer email, created from one consumed event (unique <see cref="EventId"/>), with its delivery state.</summary>
public sealed class OutgoingEmail
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public string EventType { get; set; } = string.Empty;

    public Guid OrderId { get; set; }

    public Guid? UserId { get; set; }

    public string? Recipient { get; set; }

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public EmailStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Replays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? DeadAt { get; set; }
}
