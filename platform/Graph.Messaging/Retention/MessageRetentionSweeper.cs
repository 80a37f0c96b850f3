using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

/// <summary>
/// Keeps the outbox and inbox of <typeparamref name="TDbContext"/> bounded: every
/// <see cref="RetentionSettings.SweepInterval"/> it removes the outbox rows published longer ago than
/// <see cref="RetentionSettings.SentOutboxMessages"/> and the inbox rows older than
/// <see cref="RetentionSettings.InboxMessages"/>, <see cref="RetentionSettings.BatchSize"/> rows per statement (each
/// statement its own short transaction, led by the age indexes of <see cref="OutboxSchema"/>). Unsent outbox rows are
/// never removed. Replicas may sweep at the same time: a row is deleted once, the others find nothing.
/// </summary>
public sealed partial class MessageRetentionSweeper<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    ILogger<MessageRetentionSweeper<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan FirstSweepDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Retention;
        var delay = settings.SweepInterval < FirstSweepDelay ? settings.SweepInterval : FirstSweepDelay;
        while (await WaitAsync(delay, stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var (outbox, inbox) = await SweepAsync(DateTimeOffset.UtcNow, stoppingToken).ConfigureAwait(false);
                if (outbox + inbox > 0)
                {
                    LogSwept(outbox, inbox, typeof(TDbContext).Name);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The next sweep tries again; rows only wait longer to go.
                LogSweepFailed(ex, typeof(TDbContext).Name);
            }

            delay = settings.SweepInterval;
        }
    }

    /// <summary>One sweep as of <paramref name="now"/>; returns how many outbox and inbox rows it removed.</summary>
    internal async Task<(int Outbox, int Inbox)> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value.Retention;
        if (settings.BatchSize < 1)
        {
            throw new InvalidOperationException($"Kafka:Retention:BatchSize must be at least 1; got {settings.BatchSize}.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var outbox = await SweepTableAsync<OutboxMessage>(db, "id", "sent_at", now - settings.SentOutboxMessages, settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        var inbox = await SweepTableAsync<InboxMessage>(db, "consumer, message_id", "processed_at", now - settings.InboxMessages, settings.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        return (outbox, inbox);
    }

    /// <summary>
    /// Deletes the rows of <typeparamref name="TEntity"/>'s table whose <paramref name="ageColumn"/> is before
    /// <paramref name="cutoff"/>, oldest first, <paramref name="batchSize"/> per statement (picked by their
    /// <paramref name="keyColumns"/>); 0 when the model maps no such table. A NULL age (an unsent outbox row) never
    /// compares as before the cutoff, so it stays.
    /// </summary>
    private static async Task<int> SweepTableAsync<TEntity>(
        DbContext db, string keyColumns, string ageColumn, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        if (MessagingTables.Find<TEntity>(db) is not { } table)
        {
            return 0;
        }

        var sql = $"DELETE FROM {table} WHERE ({keyColumns}) IN (SELECT {keyColumns} FROM {table} WHERE {ageColumn} < {{0}} ORDER BY {ageColumn} LIMIT {{1}})";
        return await DeleteInBatchesAsync(db, sql, cutoff, batchSize, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> DeleteInBatchesAsync(DbContext db, string sql, DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var removed = 0;
        while (true)
        {
            // PostgreSQL's timestamptz parameters must be UTC.
            var batch = await db.Database.ExecuteSqlRawAsync(sql, [cutoff.ToUniversalTime(), batchSize], cancellationToken).ConfigureAwait(false);
            removed += batch;
            if (batch < batchSize)
            {
                return removed;
            }
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Outbox} sent outbox rows and {Inbox} inbox rows of {DbContext} past their retention")]
    private partial void LogSwept(int outbox, int inbox, string dbContext);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention sweep of {DbContext}'s outbox and inbox failed; the next sweep tries again")]
    private partial void LogSweepFailed(Exception exception, string dbContext);
}
