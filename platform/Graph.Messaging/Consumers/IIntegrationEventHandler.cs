namespace Graph.Messaging;

/// <summary>
/// Handles one event type. Resolved from a fresh DI scope per message; the consumer host wraps
/// the call in a transaction of the consumer's DbContext together with the inbox row, so work
/// done through that (scoped) DbContext commits exactly once. Throwing rolls it back and retries.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

/// <summary>Where the message being handled came from.</summary>
public sealed record IntegrationEventContext(
    EventEnvelope Envelope,
    string Topic,
    int Partition,
    long Offset,
    string ConsumerGroup,
    int Attempt,
    string? TraceParent);
