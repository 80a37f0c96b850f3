using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Caching;
using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.DataLoaders;

/// <summary>
/// Users by id, read through the entity cache (<c>entity:User:&lt;id&gt;</c>): the misses of a batch are one SQL
/// query. <c>user.changed</c> evicts. Used by <c>me</c>, <c>userById</c> and, through it, <c>_entities</c>.
/// </summary>
public sealed class UserByIdLoader(IBatchScheduler scheduler, IEntityCache cache, DbContextOptions<UsersDb> options)
    : BatchDataLoader<Guid, User>(scheduler)
{
    public const string TypeName = "User";

    protected override Task<IReadOnlyDictionary<Guid, User>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<Guid, User>(TypeName, keys, LoadFromDatabaseAsync, cancellationToken);

    private async Task<IReadOnlyDictionary<Guid, User>> LoadFromDatabaseAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        // A context of its own: loaders of one execution step run concurrently, and a DbContext allows one operation.
        var db = new UsersDb(options);
        await using (db.ConfigureAwait(false))
        {
            var accounts = await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return accounts.ToDictionary(a => a.Id, a => a.ToUser());
        }
    }
}
