namespace Graph.Messaging;

/// <summary>Kafka header names used on the wire.</summary>
public static class MessageHeaders
{
    /// <summary>W3C trace context, so a trace continues from the producer to every consumer.</summary>
    public const string TraceParent = "traceparent";

    public const string TraceState = "tracestate";

    /// <summary>The envelope's <c>type</c>, duplicated so tools can filter without parsing the body.</summary>
    public const string EventType = "ce_type";

    public const string ErrorMessage = "dlq.error.message";

    public const string ErrorType = "dlq.error.type";

    public const string Attempts = "dlq.attempts";

    public const string OriginalTopic = "dlq.original.topic";

    public const string OriginalPartition = "dlq.original.partition";

    public const string OriginalOffset = "dlq.original.offset";

    public const string ConsumerGroup = "dlq.consumer.group";

    public const string FailedAt = "dlq.failed.at";

    /// <summary>Set on a message replayed from a dead-letter topic: which DLQ position it came from.</summary>
    public const string ReplayedFrom = "dlq.replayed.from";

    public const string DeadLetterSuffix = ".dlq";

    public static string DeadLetterTopic(string topic) => topic + DeadLetterSuffix;

    internal static bool IsDeadLetterHeader(string key) => key.StartsWith("dlq.", StringComparison.Ordinal);
}
