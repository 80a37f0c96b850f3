using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Messaging;

/// <summary>
/// The wire format of every message, shaped after CloudEvents 1.0 (structured JSON mode) so
/// generic tools can read it: <c>{ specversion, id, type, source, time, subject, datacontenttype, data }</c>.
/// </summary>
public sealed record EventEnvelope
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [JsonPropertyName("specversion")]
    public string SpecVersion { get; init; } = "1.0";

    [JsonPropertyName("id")]
    public required Guid Id { get; init; }

    /// <summary>The versioned contract name, e.g. <c>order.created.v1</c>.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The producing service, e.g. <c>/orders</c>.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("time")]
    public required DateTimeOffset Time { get; init; }

    /// <summary>The aggregate id; also the Kafka message key.</summary>
    [JsonPropertyName("subject")]
    public required string Subject { get; init; }

    [JsonPropertyName("datacontenttype")]
    public string DataContentType { get; init; } = "application/json";

    [JsonPropertyName("data")]
    public required JsonElement Data { get; init; }

    public static EventEnvelope Create(IntegrationEvent integrationEvent, IntegrationEventRegistration registration, string source)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(registration);
        return new EventEnvelope
        {
            Id = integrationEvent.Id,
            Type = registration.Name,
            Source = source,
            Time = integrationEvent.OccurredAt.ToUniversalTime(),
            Subject = integrationEvent.GetAggregateId(),
            Data = registration.SerializeData(integrationEvent),
        };
    }

    public byte[] ToUtf8Bytes() => JsonSerializer.SerializeToUtf8Bytes(this, JsonOptions);

    /// <exception cref="MalformedMessageException">The bytes are not an envelope.</exception>
    public static EventEnvelope Parse(ReadOnlySpan<byte> utf8Json)
    {
        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<EventEnvelope>(utf8Json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new MalformedMessageException($"The message is not an event envelope: {ex.Message}", ex);
        }

        if (envelope is null || envelope.Id == Guid.Empty || string.IsNullOrEmpty(envelope.Type))
        {
            throw new MalformedMessageException("The message is not an event envelope: it has no id or type.");
        }

        return envelope;
    }

    /// <summary>Reads the typed event back through the contract map.</summary>
    /// <exception cref="UnknownIntegrationEventTypeException"><see cref="Type"/> is not registered.</exception>
    public IntegrationEvent ToEvent(IntegrationEventTypeMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Get(Type).Deserialize(this);
    }
}
