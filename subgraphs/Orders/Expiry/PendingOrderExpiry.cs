using Graph.Orders.Domain;
using Graph.Orders.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Graph.Orders.Expiry;

/// <summary>
/// Cancels orders that stayed PENDING longer than <see cref="PendingOrderExpiryOptions.Timeout"/>, through
/// <see cref="OrderTransitions"/> like a customer's <c>cancelOrder</c>: the history entry, <c>order.status</c>
/// CANCELLED in the outbox (Catalog then releases the stock, Payments stops or refunds the charge) and the subscription
/// message, one transaction per batch. Replicas share the work: each batch locks its rows with <c>SKIP LOCKED</c>, and
/// a saga outcome arriving at the same moment either wins the row lock (the order is no longer PENDING) or waits and
/// then finds it CANCELLED, where its transition is refused as illegal.
/// </summary>
public sealed partial class PendingOrderExpiry(
    IServiceScopeFactory scopes, IOptions<PendingOrderExpiryOptions> options, TimeProvider clock, ILogger<PendingOrderExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                var cancelled = await SweepAsync(stoppingToken).ConfigureAwait(false);
                if (cancelled > 0)
                {
                    LogCancelled(cancelled, options.Value.Timeout);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment; the next tick tries again.
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Cancels every expired PENDING order, batch by batch; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var cancelled = await CancelBatchAsync(cancellationToken).ConfigureAwait(false);
            total += cancelled;
            if (cancelled < options.Value.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<int> CancelBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDb>();
        var transitions = scope.ServiceProvider.GetRequiredService<OrderTransitions>();
        var cutoff = clock.GetUtcNow() - options.Value.Timeout;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var ids = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM orders WHERE status = 'PENDING' AND created_at < {cutoff} ORDER BY created_at LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids.Count == 0)
        {
            return 0;
        }

        var orders = await db.Orders.Include(o => o.StatusHistory).Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var cancelled = orders.Count(order => transitions.TryMove(db, order, OrderStatus.Cancelled));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await db.AfterCommit.RunAsync().ConfigureAwait(false);
        return cancelled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cancelled {Count} orders that stayed PENDING longer than {Timeout}")]
    private partial void LogCancelled(int count, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep for expired PENDING orders failed; it runs again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
