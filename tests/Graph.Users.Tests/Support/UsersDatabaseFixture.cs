using Graph.ServiceDefaults.Database;
using Graph.Testing.Postgres;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.Tests.Support;

/// <summary>A database of the test class's own, migrated by the service's SQL scripts (and the messaging tables).</summary>
public sealed class UsersDatabaseFixture : PostgresDatabaseFixture
{
    protected override string NamePrefix => "users_domain";

    public UsersDb CreateDb() => new(new DbContextOptionsBuilder<UsersDb>().UseNpgsql(ConnectionString).Options);

    protected override async Task MigrateAsync(string connectionString) =>
        await new SqlMigrationRunner().ApplyAsync(
            connectionString, [SqlMigration.Messaging, .. SqlMigrationCatalog.FromAssembly(typeof(UsersDb).Assembly)]);
}
