using Graph.Execution.DataLoader;
using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.DataLoaders;

/// <summary>The addresses of a batch of users, one SQL query per batch.</summary>
public sealed class AddressesByUserIdLoader(IBatchScheduler scheduler, IDbContextFactory<UsersDb> databases) : GroupedDataLoader<Guid, Address>(scheduler)
{
    protected override async Task<ILookup<Guid, Address>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        // A context of its own: loaders of one execution step run concurrently (see ServiceDefaults' ServiceDbContextFactory).
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Addresses.AsNoTracking()
                .Where(a => keys.Contains(a.UserId))
                .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ToLookup(a => a.UserId);
        }
    }
}
