using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Graph.Orders.Infrastructure;

/// <summary>
/// Work that must only happen once the state change is durable: a subscriber must never see a status that was then
/// rolled back. Filled while handling, drained by <see cref="AfterCommitInterceptor"/> after the commit.
/// </summary>
internal sealed class AfterCommitQueue
{
    private readonly List<Func<Task>> _actions = [];

    public void Add(Func<Task> action)
    {
        lock (_actions)
        {
            _actions.Add(action);
        }
    }

    public async Task RunAsync()
    {
        Func<Task>[] actions;
        lock (_actions)
        {
            actions = [.. _actions];
            _actions.Clear();
        }

        foreach (var action in actions)
        {
            await action().ConfigureAwait(false);
        }
    }

    public void Clear()
    {
        lock (_actions)
        {
            _actions.Clear();
        }
    }
}

/// <summary>Runs an <see cref="OrdersDb"/>'s <see cref="OrdersDb.AfterCommit"/> queue after commit; drops it after a rollback.</summary>
internal sealed class AfterCommitInterceptor : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OrdersDb db)
        {
            await db.AfterCommit.RunAsync().ConfigureAwait(false);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is OrdersDb db)
        {
            db.AfterCommit.Clear();
        }

        return Task.CompletedTask;
    }
}
