namespace Graph.Messaging;

/// <summary>
/// A message a consumer group has fully handled. Written in the same transaction as the
/// handler's effects, so a redelivered message is recognised and skipped.
/// </summary>
public sealed class InboxMessage
{
    /// <summary>The consumer group: two groups of one service handle the same event independently.</summary>
    public required string Consumer { get; set; }

    public Guid MessageId { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
