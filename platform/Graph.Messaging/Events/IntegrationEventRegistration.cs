using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Messaging;

/// <summary>One row of the <see cref="IntegrationEventTypeMap"/>: contract name, CLR type, topic.</summary>
public abstract class IntegrationEventRegistration(string name, string topic, Type eventType)
{
    public string Name { get; } = name;

    public string Topic { get; } = topic;

    public Type EventType { get; } = eventType;

    internal abstract JsonElement SerializeData(IntegrationEvent integrationEvent);

    internal abstract IntegrationEvent Deserialize(EventEnvelope envelope);

    /// <summary>Runs every handler registered for this event type; returns how many ran.</summary>
    internal abstract Task<int> DispatchAsync(
        IServiceProvider services, IntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

// Closed over TEvent at registration time, so dispatch needs no reflection at run time.
internal sealed class IntegrationEventRegistration<TEvent>(string name, string topic)
    : IntegrationEventRegistration(name, topic, typeof(TEvent))
    where TEvent : IntegrationEvent
{
    internal override JsonElement SerializeData(IntegrationEvent integrationEvent) =>
        JsonSerializer.SerializeToElement((TEvent)integrationEvent, EventEnvelope.JsonOptions);

    internal override IntegrationEvent Deserialize(EventEnvelope envelope)
    {
        TEvent? data;
        try
        {
            data = envelope.Data.Deserialize<TEvent>(EventEnvelope.JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new MalformedMessageException($"The data of '{envelope.Type}' message {envelope.Id} does not match {typeof(TEvent).Name}: {ex.Message}", ex);
        }

        if (data is null)
        {
            throw new MalformedMessageException($"The '{envelope.Type}' message {envelope.Id} has null data.");
        }

        return data with { Id = envelope.Id, OccurredAt = envelope.Time };
    }

    internal override async Task<int> DispatchAsync(
        IServiceProvider services, IntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)integrationEvent, context, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }
}
