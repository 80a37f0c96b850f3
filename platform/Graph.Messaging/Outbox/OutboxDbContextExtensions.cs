using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Enables <see cref="AddIntegrationEvent"/> on this context and the relay wake-up after commit:
    /// <c>services.AddDbContext&lt;OrdersDb&gt;((sp, o) =&gt; o.UseNpgsql(cs).UseOutbox(sp))</c>.
    /// </summary>
    public static DbContextOptionsBuilder UseOutbox(this DbContextOptionsBuilder builder, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(services);
        return builder.AddInterceptors(services.GetRequiredService<OutboxInterceptor>());
    }

    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox; it is written by the next
    /// SaveChanges, in the same transaction as the state change, and published by the relay.
    /// </summary>
    public static OutboxMessage AddIntegrationEvent(this DbContext dbContext, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var interceptor = dbContext.GetService<IDbContextOptions>()
            .FindExtension<CoreOptionsExtension>()?.Interceptors?
            .OfType<OutboxInterceptor>()
            .FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"{dbContext.GetType().Name} has no outbox: configure it with UseOutbox(serviceProvider) after AddKafkaMessaging, and call modelBuilder.AddOutbox().");

        var registration = interceptor.Map.Get(integrationEvent.GetType());
        var envelope = EventEnvelope.Create(integrationEvent, registration, interceptor.Source);
        var current = System.Diagnostics.Activity.Current;
        var message = new OutboxMessage
        {
            Id = envelope.Id,
            Type = envelope.Type,
            Topic = registration.Topic,
            Key = envelope.Subject,
            Payload = System.Text.Encoding.UTF8.GetString(envelope.ToUtf8Bytes()),
            TraceParent = MessagingTelemetry.CurrentTraceParent(current),
            TraceState = current?.TraceStateString,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        dbContext.Set<OutboxMessage>().Add(message);
        return message;
    }
}
