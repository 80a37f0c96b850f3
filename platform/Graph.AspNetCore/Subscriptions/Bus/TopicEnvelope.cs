using System.Buffers;
using System.Text.Json;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// The JSON a topic's channel carries between replicas: <c>{"m":&lt;message&gt;}</c> for a message,
/// <c>{"c":true}</c> for <see cref="ITopicEventSender.CompleteAsync"/>. Anything else is ignored,
/// so that a foreign publisher on the channel cannot end subscriptions.
/// </summary>
internal static class TopicEnvelope
{
    public static ReadOnlyMemory<byte> Completion { get; } = """{"c":true}"""u8.ToArray();

    public static void WriteMessage<TMessage>(IBufferWriter<byte> output, TMessage message, JsonSerializerOptions options)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WritePropertyName("m"u8);
        JsonSerializer.Serialize(writer, message, options);
        writer.WriteEndObject();
    }

    public static bool TryRead(ReadOnlyMemory<byte> payload, out bool completed, out JsonElement message)
    {
        completed = false;
        message = default;
        try
        {
            var envelope = JsonSerializer.Deserialize<JsonElement>(payload.Span);
            if (envelope.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (envelope.TryGetProperty("m"u8, out message))
            {
                return true;
            }

            completed = envelope.TryGetProperty("c"u8, out var flag) && flag.ValueKind == JsonValueKind.True;
            return completed;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
