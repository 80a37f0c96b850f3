using Graph.Execution.DataLoader;
using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.DataLoaders;

/// <summary>The addresses of a batch of users, one SQL query per batch.</summary>
public sealed class AddressesByUserIdLoader(IBatchScheduler scheduler, DbContextOptions<UsersDb> options) : GroupedDataLoader<Guid, Address>(scheduler)
{
    protected override async Task<ILookup<Guid, Address>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        // A context of its own: loaders of one execution step run concurrently, and a DbContext allows one operation.
        var db = new UsersDb(options);
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
