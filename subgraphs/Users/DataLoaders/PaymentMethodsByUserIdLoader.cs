using Graph.Execution.DataLoader;
using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.DataLoaders;

/// <summary>The payment methods of a batch of users, one SQL query per batch.</summary>
public sealed class PaymentMethodsByUserIdLoader(IBatchScheduler scheduler, IDbContextFactory<UsersDb> databases) : GroupedDataLoader<Guid, PaymentMethod>(scheduler)
{
    protected override async Task<ILookup<Guid, PaymentMethod>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        // A context of its own: loaders of one execution step run concurrently (see ServiceDefaults' ServiceDbContextFactory).
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.PaymentMethods.AsNoTracking()
                .Where(p => keys.Contains(p.UserId))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToLookup(p => p.UserId);
        }
    }
}
