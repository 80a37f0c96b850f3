using Microsoft.Extensions.Logging;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>Creates a service's database on first start, through the <c>postgres</c> maintenance database.</summary>
internal static class DatabaseCreator
{
    public static async Task EnsureExistsAsync(string connectionString, TimeSpan serverWaitTimeout, ILogger logger, CancellationToken cancellationToken)
    {
        if (await ProbeAsync(connectionString, serverWaitTimeout, logger, cancellationToken).ConfigureAwait(false))
        {
            return;
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

    /// <summary>
    /// True when the database answers, false when the server says it does not exist. A server that is not up yet
    /// (refused connection, <c>57P03</c> starting up: <see cref="NpgsqlException.IsTransient"/>) is retried with
    /// backoff for <paramref name="serverWaitTimeout"/>: under docker compose the database often starts after us.
    /// </summary>
    private static async Task<bool> ProbeAsync(string connectionString, TimeSpan serverWaitTimeout, ILogger logger, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + serverWaitTimeout;
        var delay = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await using var probe = new NpgsqlConnection(connectionString);
                await probe.OpenAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                return false;
            }
            catch (NpgsqlException e) when (e.IsTransient && DateTimeOffset.UtcNow + delay < deadline)
            {
                logger.LogWarning("PostgreSQL is not reachable yet ({Reason}); retrying in {Delay} ms", e.Message, delay.TotalMilliseconds);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks));
            }
            catch (NpgsqlException e) when (e is not PostgresException)
            {
                var where = new NpgsqlConnectionStringBuilder(connectionString);
                throw new SqlMigrationException(
                    $"PostgreSQL at {where.Host}:{where.Port} did not answer within {serverWaitTimeout.TotalSeconds:0} s: {e.Message}", e);
            }
        }
    }
}
