using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Graph.Messaging;

/// <summary>
/// Declares a service's contracts, handlers, relay and consumers (each DbContext used by a relay or a consumer also gets
/// a <see cref="MessageRetentionSweeper{TDbContext}"/>):
/// <code>
/// services.AddKafkaMessaging(o =&gt; o.Source = "/orders")
///     .AddEvent&lt;OrderCreatedIntegrationEvent&gt;("order.created.v1", "order.create")
///     .AddOutboxRelay&lt;OrdersDbContext&gt;()
///     .AddConsumer&lt;OrdersDbContext&gt;("payment.event", "orders")
///     .AddEventHandler&lt;PaymentSucceededIntegrationEvent, PaymentSucceededHandler&gt;();
/// </code>
/// </summary>
public sealed class MessagingBuilder(IServiceCollection services, IntegrationEventTypeMap map)
{
    public IServiceCollection Services => services;

    public IntegrationEventTypeMap Map => map;

    /// <summary>Maps the versioned contract <paramref name="name"/> to <typeparamref name="TEvent"/>, published on <paramref name="topic"/>.</summary>
    public MessagingBuilder AddEvent<TEvent>(string name, string topic)
        where TEvent : IntegrationEvent
    {
        map.Register<TEvent>(name, topic);
        return this;
    }

    /// <summary>Adds a scoped handler; every handler of an event type runs, in one transaction per message.</summary>
    public MessagingBuilder AddEventHandler<TEvent, THandler>()
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IIntegrationEventHandler<TEvent>, THandler>());
        return this;
    }

    /// <summary>Publishes the outbox of <typeparamref name="TDbContext"/> (registered by the service, with <c>UseOutbox</c>).</summary>
    public MessagingBuilder AddOutboxRelay<TDbContext>()
        where TDbContext : DbContext
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxRelay<TDbContext>>());
        AddRetentionSweeper<TDbContext>();
        return this;
    }

    /// <summary>
    /// Consumes <paramref name="topic"/> as <paramref name="groupId"/>; messages are deduplicated by the
    /// inbox of <typeparamref name="TDbContext"/> (<c>modelBuilder.AddInbox()</c>).
    /// </summary>
    public MessagingBuilder AddConsumer<TDbContext>(string topic, string groupId)
        where TDbContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        var registration = new ConsumerRegistration(topic, groupId, typeof(TDbContext));
        services.AddSingleton(registration);
        services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<KafkaConsumerHost<TDbContext>>(sp, registration));
        AddRetentionSweeper<TDbContext>();
        return this;
    }

    // One sweeper per DbContext, however many consumers and relays share it (see RetentionSettings).
    private void AddRetentionSweeper<TDbContext>()
        where TDbContext : DbContext =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MessageRetentionSweeper<TDbContext>>());
}
