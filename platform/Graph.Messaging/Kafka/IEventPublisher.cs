namespace Graph.Messaging;

/// <summary>
/// Publishes an integration event straight to Kafka. Use it only when no database state changes
/// with the event; otherwise write it to the outbox (<c>dbContext.AddIntegrationEvent</c>) so the
/// state change and the event commit together.
/// </summary>
public interface IEventPublisher
{
    Task<KafkaDelivery> PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default);
}
