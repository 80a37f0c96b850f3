using System.Collections.Concurrent;
using System.Diagnostics;
using Graph.Messaging;

namespace Graph.Messaging.Tests;

/// <summary>What a test tells the handler to do, and what the handler saw.</summary>
public sealed class HandlerProbe
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();

    /// <summary>Decides, per event and attempt, whether the handler throws after writing its effect.</summary>
    public Func<OrderCreatedIntegrationEvent, int, bool> ShouldFail { get; set; } = static (_, _) => false;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public ConcurrentQueue<(IntegrationEventContext Context, ActivityTraceId? TraceId)> Seen { get; } = new();

    public int AttemptsOf(Guid messageId) => _attempts.GetValueOrDefault(messageId);

    internal void Observe(OrderCreatedIntegrationEvent integrationEvent, IntegrationEventContext context)
    {
        _attempts.AddOrUpdate(integrationEvent.Id, 1, static (_, n) => n + 1);
        Seen.Enqueue((context, Activity.Current?.TraceId));
    }
}

/// <summary>Writes one effect row per event, then fails if the probe says so: the row must then roll back.</summary>
public sealed class RecordEffectHandler(TestDbContext db, HandlerProbe probe) : IIntegrationEventHandler<OrderCreatedIntegrationEvent>
{
    public async Task HandleAsync(OrderCreatedIntegrationEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        probe.Observe(integrationEvent, context);
        db.Effects.Add(new Effect { MessageId = integrationEvent.Id, OrderId = integrationEvent.OrderId });
        await db.SaveChangesAsync(cancellationToken);
        if (probe.Delay > TimeSpan.Zero)
        {
            await Task.Delay(probe.Delay, cancellationToken);
        }

        if (probe.ShouldFail(integrationEvent, context.Attempt))
        {
            throw new InvalidOperationException($"Simulated failure of order {integrationEvent.OrderId} on attempt {context.Attempt}");
        }
    }
}
