using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Graph.ServiceDefaults.Database;

public static class AggregateLockExtensions
{
    /// <summary>
    /// Serializes, until the current transaction ends, everyone working on the aggregate <paramref name="id"/> (an order,
    /// say) in this database, replicas included: a PostgreSQL transaction-scoped advisory lock. Consumers of different
    /// topics about one aggregate run concurrently, and when the row they would lock does not exist yet, a row lock
    /// cannot stop each from missing the other's uncommitted write; this lock can.
    /// </summary>
    public static async Task LockAggregateAsync(this DatabaseFacade database, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An aggregate lock lasts until the transaction ends: take it inside one.");
        }

        await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({id.ToString()}, 0))", cancellationToken)
            .ConfigureAwait(false);
    }
}
