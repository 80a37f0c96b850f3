using Graph.Messaging;
using Graph.ServiceDefaults.Caching;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace Graph.ServiceDefaults;

public static class ServiceKafkaExtensions
{
    /// <summary>
    /// Graph.Messaging bound to the <c>Kafka</c> section (<c>Kafka:BootstrapServers</c>, else
    /// <c>KAFKA_BOOTSTRAP_SERVERS</c>), with envelope source <c>/&lt;service&gt;</c>. Returns the builder for events,
    /// the outbox relay, consumers and <see cref="AddEntityCacheEviction"/>.
    /// </summary>
    public static MessagingBuilder AddServiceKafka(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var service = ServiceInfo.Require(builder.Services);
        return builder.Services.AddKafkaMessaging(o =>
        {
            o.Source = "/" + service.Name;
            o.ClientId = $"{service.Name}-{Environment.MachineName}";
        });
    }

    /// <summary>
    /// Evicts the tags of every <typeparamref name="TEvent"/> on <paramref name="topic"/> from <see cref="IEntityCache"/>
    /// (add <c>AddServiceRedis</c>). Consumes the topic as <c>&lt;service&gt;-entity-cache</c> with the inbox of
    /// <typeparamref name="TDb"/>, unless a consumer of that topic is already registered: handlers are per event type,
    /// so that consumer runs the eviction too (call this after your own <c>AddConsumer</c> of the same topic).
    /// </summary>
    public static MessagingBuilder AddEntityCacheEviction<TEvent, TDb>(this MessagingBuilder messaging, string topic)
        where TEvent : IntegrationEvent, IEntitiesChanged
        where TDb : DbContext
    {
        ArgumentNullException.ThrowIfNull(messaging);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var service = ServiceInfo.Require(messaging.Services);
        messaging.AddEventHandler<TEvent, EntityCacheEvictionHandler<TEvent>>();
        var consumed = messaging.Services
            .Select(d => d.ImplementationInstance)
            .OfType<ConsumerRegistration>()
            .Any(r => r.Topic == topic);
        return consumed ? messaging : messaging.AddConsumer<TDb>(topic, EntityCacheGroup(service.Name));
    }

    /// <summary>The consumer group of a service's cache eviction: <c>catalog-entity-cache</c>.</summary>
    public static string EntityCacheGroup(string serviceName) => $"{serviceName}-entity-cache";
}
