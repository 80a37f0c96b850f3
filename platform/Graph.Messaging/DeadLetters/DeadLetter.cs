namespace Graph.Messaging;

/// <summary>A message parked in a dead-letter topic, with why and where it failed.</summary>
public sealed record DeadLetter(
    string Topic,
    int Partition,
    long Offset,
    string Key,
    Guid? MessageId,
    string? EventType,
    string OriginalTopic,
    int? OriginalPartition,
    long? OriginalOffset,
    string? ConsumerGroup,
    string? ErrorMessage,
    string? ErrorType,
    int? Attempts,
    DateTimeOffset? FailedAt,
    ReadOnlyMemory<byte> Value,
    IReadOnlyList<KeyValuePair<string, byte[]>> Headers)
{
    /// <summary>How an operator names this dead letter: <c>&lt;dlq topic&gt;/&lt;partition&gt;@&lt;offset&gt;</c>.</summary>
    public string Position => $"{Topic}/{Partition}@{Offset}";
}
