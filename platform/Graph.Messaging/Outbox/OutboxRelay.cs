using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

/// <summary>
/// Publishes unsent outbox rows of <typeparamref name="TDbContext"/> with the idempotent producer
/// and marks them sent; on failure it records the error on the row and retries with backoff until
/// the row is published. Delivery is at least once: a crash after the publish and before the commit
/// resends the row, and the consumers' inbox drops the duplicate.
/// </summary>
public sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IKafkaProducer producer,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private const int MaxErrorLength = 2000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Relay;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var notified = signal.Next;
            try
            {
                var published = await PublishBatchAsync(settings.BatchSize, stoppingToken).ConfigureAwait(false);
                failures = 0;
                if (published < settings.BatchSize)
                {
                    await OutboxSignal.WaitAsync(notified, settings.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = Backoff.Compute(failures, settings.InitialBackoff, settings.MaxBackoff);
                LogBatchFailed(ex, typeof(TDbContext).Name, failures, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows it looked at. Throws if any row failed.</summary>
    internal async Task<int> PublishBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sql = SelectSql(db, batchSize);
        var strategy = db.Database.CreateExecutionStrategy();
        var (count, error) = await strategy.ExecuteAsync(
            (db, sql),
            async (_, state, ct) => await PublishLockedRowsAsync(state.db, state.sql, ct).ConfigureAwait(false),
            verifySucceeded: null,
            cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw new InvalidOperationException($"Publishing outbox rows of {typeof(TDbContext).Name} failed: {error.Message}", error);
        }

        return count;
    }

    private async Task<(int Count, Exception? Error)> PublishLockedRowsAsync(TDbContext db, string sql, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<OutboxMessage>().FromSqlRaw(sql).AsTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (0, null);
        }

        // Queue every row before awaiting any: the idempotent producer keeps their order per
        // partition and the batch costs about one round trip.
        var deliveries = rows
            .Select(row => producer.ProduceAsync(
                EnvelopeMessages.Create(row.Topic, row.Key, row.Type, Encoding.UTF8.GetBytes(row.Payload), row.TraceParent, row.TraceState),
                cancellationToken))
            .ToArray();
        Exception? firstError = null;
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Attempts++;
            try
            {
                await deliveries[i].ConfigureAwait(false);
                rows[i].SentAt = DateTimeOffset.UtcNow;
                rows[i].LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                rows[i].LastError = ex.Message.Length > MaxErrorLength ? ex.Message[..MaxErrorLength] : ex.Message;
                firstError ??= ex;
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogPublished(rows.Count(r => r.SentAt is not null), typeof(TDbContext).Name);
        return (rows.Count, firstError);
    }

    // SKIP LOCKED lets relays of several replicas share the table: each locks its own batch
    // until it has marked it sent, and none waits for another.
    private static string SelectSql(TDbContext db, int batchSize)
    {
        var table = MessagingTables.Find<OutboxMessage>(db)
            ?? throw new InvalidOperationException($"{typeof(TDbContext).Name} has no outbox table; call modelBuilder.AddOutbox() in OnModelCreating.");
        return $"SELECT * FROM {table} WHERE sent_at IS NULL ORDER BY sequence LIMIT {batchSize} FOR UPDATE SKIP LOCKED";
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {Count} outbox messages of {DbContext}")]
    private partial void LogPublished(int count, string dbContext);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay of {DbContext} failed ({Failures} in a row); retrying in {DelayMs} ms")]
    private partial void LogBatchFailed(Exception exception, string dbContext, int failures, double delayMs);
}
