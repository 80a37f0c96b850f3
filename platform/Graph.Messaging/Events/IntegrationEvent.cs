using System.Text.Json.Serialization;

namespace Graph.Messaging;

/// <summary>
/// Base of every integration event: a past-tense record (<c>OrderCreatedIntegrationEvent</c>)
/// that crosses a service boundary through Kafka. <see cref="Id"/> and <see cref="OccurredAt"/>
/// travel in the envelope (<c>id</c>, <c>time</c>), not in <c>data</c>, so a contract's payload
/// is only what the producing service decided to publish.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Version 7 so ids sort by creation time, which keeps inbox/outbox indexes compact.</summary>
    [JsonIgnore]
    public Guid Id { get; init; } = Guid.CreateVersion7();

    [JsonIgnore]
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// The id of the aggregate the event is about; it is the Kafka message key (so events of one
    /// aggregate stay ordered in one partition) and the envelope's <c>subject</c>.
    /// </summary>
    public abstract string GetAggregateId();
}
