using Microsoft.EntityFrameworkCore;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// Demo data for <typeparamref name="TDb"/>, run after the migrations when <c>DemoData:Enabled</c> is true. Runs on
/// every start of every replica, so it must be idempotent (insert what is missing, e.g. by natural key).
/// </summary>
public interface IDatabaseSeeder<in TDb>
    where TDb : DbContext
{
    Task SeedAsync(TDb db, CancellationToken cancellationToken);
}
