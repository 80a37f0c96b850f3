using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

internal sealed class KafkaEventPublisher(IKafkaProducer producer, IntegrationEventTypeMap map, IOptions<MessagingOptions> options)
    : IEventPublisher
{
    public async Task<KafkaDelivery> PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var registration = map.Get(integrationEvent.GetType());
        var envelope = EventEnvelope.Create(integrationEvent, registration, options.Value.Source);
        using var activity = MessagingTelemetry.Source.StartActivity($"{registration.Topic} publish", ActivityKind.Producer);
        var current = activity ?? Activity.Current;
        var message = EnvelopeMessages.Create(
            registration.Topic, envelope, MessagingTelemetry.CurrentTraceParent(current), current?.TraceStateString);
        return await producer.ProduceAsync(message, cancellationToken).ConfigureAwait(false);
    }
}

internal static class EnvelopeMessages
{
    public static KafkaMessage Create(string topic, EventEnvelope envelope, string? traceParent, string? traceState) =>
        Create(topic, envelope.Subject, envelope.Type, envelope.ToUtf8Bytes(), traceParent, traceState);

    public static KafkaMessage Create(string topic, string key, string type, byte[] payload, string? traceParent, string? traceState)
    {
        var headers = new List<KeyValuePair<string, byte[]>>(3)
        {
            new(MessageHeaders.EventType, Encoding.UTF8.GetBytes(type)),
        };
        if (!string.IsNullOrEmpty(traceParent))
        {
            headers.Add(new(MessageHeaders.TraceParent, Encoding.UTF8.GetBytes(traceParent)));
        }

        if (!string.IsNullOrEmpty(traceState))
        {
            headers.Add(new(MessageHeaders.TraceState, Encoding.UTF8.GetBytes(traceState)));
        }

        return new KafkaMessage(topic, key, payload, headers);
    }
}
