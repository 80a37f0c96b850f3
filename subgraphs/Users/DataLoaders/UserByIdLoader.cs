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
public sealed class UserByIdLoader(IBatchScheduler scheduler, IEntityCache cache, IDbContextFactory<UsersDb> databases)
    : CachedEntityByIdLoader<UsersDb, Guid, User>(scheduler, cache, databases)
{
    public const string EntityTypeName = "User";

    protected override string TypeName => EntityTypeName;

    protected override async Task<Dictionary<Guid, User>> LoadFromDatabaseAsync(UsersDb db, IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var accounts = await db.Users.AsNoTracking().Where(u => keys.Contains(u.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return accounts.ToDictionary(a => a.Id, a => a.ToUser());
    }
}
