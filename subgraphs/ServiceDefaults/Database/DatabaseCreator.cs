using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>Creates a service's database on first start, through the <c>postgres</c> maintenance database.</summary>
internal static class DatabaseCreator
{
    public static async Task EnsureExistsAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = new NpgsqlConnection(connectionString);
            await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The database does not exist: create it below.
        }

        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new SqlMigrationException("The connection string names no database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // CREATE DATABASE cannot run in a transaction block, so it runs alone; it takes no parameters, so the name is quoted.
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Created database {Database}", name);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another replica created it between our probe and our CREATE (two concurrent CREATE DATABASE of one
            // name can also fail on pg_database's unique index).
            logger.LogInformation("Database {Database} was created by another instance", name);
        }
    }
}
