using Confluent.Kafka;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Messaging;

/// <summary>
/// Handles one consumed message exactly once in effect: in one transaction of the consumer's
/// DbContext it checks the inbox, runs the handlers and records the message id.
/// </summary>
internal sealed class MessageProcessor<TDbContext>(IServiceScopeFactory scopes, IntegrationEventTypeMap map, string groupId)
    where TDbContext : DbContext
{
    public async Task<ProcessOutcome> ProcessAsync(ConsumeResult<string, byte[]> result, int attempt, CancellationToken cancellationToken)
    {
        var envelope = EventEnvelope.Parse(result.Message.Value ?? []);
        var registration = map.Get(envelope.Type);
        var integrationEvent = registration.Deserialize(envelope);
        var traceParent = KafkaHeaders.Get(result.Message.Headers, MessageHeaders.TraceParent);
        using var activity = MessagingTelemetry.StartConsume(result.Topic, traceParent, KafkaHeaders.Get(result.Message.Headers, MessageHeaders.TraceState));
        activity?.SetTag("messaging.system", "kafka");
        activity?.SetTag("messaging.destination.name", result.Topic);
        activity?.SetTag("messaging.message.id", envelope.Id.ToString());
        activity?.SetTag("messaging.consumer.group.name", groupId);
        var context = new IntegrationEventContext(
            envelope, result.Topic, result.Partition.Value, result.Offset.Value, groupId, attempt, traceParent);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (scope.ServiceProvider, db, registration, integrationEvent, context),
            async (_, state, ct) => await HandleInTransactionAsync(state.ServiceProvider, state.db, state.registration, state.integrationEvent, state.context, ct)
                .ConfigureAwait(false),
            verifySucceeded: null,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProcessOutcome> HandleInTransactionAsync(
        IServiceProvider services,
        TDbContext db,
        IntegrationEventRegistration registration,
        IntegrationEvent integrationEvent,
        IntegrationEventContext context,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var messageId = context.Envelope.Id;
        var seen = await db.Set<InboxMessage>()
            .AnyAsync(m => m.Consumer == groupId && m.MessageId == messageId, cancellationToken)
            .ConfigureAwait(false);
        if (seen)
        {
            return ProcessOutcome.Duplicate;
        }

        var handled = await registration.DispatchAsync(services, integrationEvent, context, cancellationToken).ConfigureAwait(false);
        if (handled == 0)
        {
            return ProcessOutcome.NoHandler;
        }

        // A concurrent duplicate (e.g. during a rebalance) fails here on the primary key and is
        // retried, and the retry finds the inbox row.
        db.Set<InboxMessage>().Add(new InboxMessage
        {
            Consumer = groupId,
            MessageId = messageId,
            Type = context.Envelope.Type,
            ProcessedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ProcessOutcome.Handled;
    }
}

internal enum ProcessOutcome
{
    Handled,
    Duplicate,
    NoHandler,
}
