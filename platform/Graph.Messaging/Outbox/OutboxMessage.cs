namespace Graph.Messaging;

/// <summary>
/// An integration event waiting to be published, stored in the producing service's own
/// database by the same SaveChanges as the state change it describes.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The event id (the envelope's <c>id</c>).</summary>
    public Guid Id { get; set; }

    /// <summary>Insertion order; the relay publishes in this order so per-aggregate order holds.</summary>
    public long Sequence { get; set; }

    public required string Type { get; set; }

    public required string Topic { get; set; }

    /// <summary>The Kafka message key: the aggregate id.</summary>
    public required string Key { get; set; }

    /// <summary>The serialized envelope, sent byte for byte.</summary>
    public required string Payload { get; set; }

    /// <summary>The W3C trace context of the code that wrote the event, so the trace continues through the relay.</summary>
    public string? TraceParent { get; set; }

    public string? TraceState { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Publish attempts so far, successful or not.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
