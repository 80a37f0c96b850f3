using Graph.Messaging;

namespace Graph.ServiceDefaults.Caching;

/// <summary>Evicts the tags of each <typeparamref name="TEvent"/> consumed; a failure is retried by the consumer host.</summary>
public sealed class EntityCacheEvictionHandler<TEvent>(IEntityCache cache) : IIntegrationEventHandler<TEvent>
    where TEvent : IntegrationEvent, IEntitiesChanged
{
    public Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return cache.EvictAsync(integrationEvent.Tags ?? [], cancellationToken);
    }
}
