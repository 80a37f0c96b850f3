using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Graph.ServiceDefaults.Database;

/// <summary>
/// Applies SQL migrations to one PostgreSQL database: creates the database when missing, then, under an advisory lock
/// (replicas starting together wait for each other), applies each script not yet recorded in
/// <c>schema_migrations(version, name, checksum, applied_at)</c>, in version order, each in its own transaction with
/// its record. A recorded script whose checksum changed stops everything: applied scripts are history, a change goes
/// into a new script. The exception is a script marked <see cref="SqlMigration.RerunWhenChanged"/> (the platform's
/// idempotent outbox and inbox DDL): it is run again and its record updated.
/// </summary>
public sealed class SqlMigrationRunner(ILogger<SqlMigrationRunner>? logger = null)
{
    /// <summary>The advisory lock key every runner takes ("graph_mi" as a 64-bit number).</summary>
    private const long LockKey = 0x67726170685F6D69;

    private const string CreateHistorySql =
        """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer NOT NULL,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamp with time zone NOT NULL DEFAULT now(),
            CONSTRAINT pk_schema_migrations PRIMARY KEY (version)
        );
        """;

    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>How long to wait for a PostgreSQL server that is not up yet before giving up (<c>Database:ServerWaitTimeout</c>).</summary>
    public TimeSpan ServerWaitTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Applies what is missing and returns the migrations applied by this call (empty when up to date).</summary>
    public async Task<IReadOnlyList<SqlMigration>> ApplyAsync(
        string connectionString, IReadOnlyList<SqlMigration> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var ordered = SqlMigrationCatalog.Ordered(migrations, "the migration list");
        await DatabaseCreator.EnsureExistsAsync(connectionString, ServerWaitTimeout, _logger, cancellationToken).ConfigureAwait(false);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, CreateHistorySql, cancellationToken).ConfigureAwait(false);
            var applied = await ReadHistoryAsync(connection, cancellationToken).ConfigureAwait(false);
            Verify(ordered, applied, connection.Database);
            var done = new List<SqlMigration>();
            foreach (var migration in ordered.Where(m => !applied.TryGetValue(m.Version, out var record) || record.Checksum != m.Checksum))
            {
                await ApplyOneAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                done.Add(migration);
            }

            return done;
        }
        finally
        {
            // Closing the session would release it too, but the connection goes back to the pool.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static void Verify(IReadOnlyList<SqlMigration> migrations, Dictionary<int, (string Name, string Checksum)> applied, string database)
    {
        foreach (var migration in migrations)
        {
            if (!migration.RerunWhenChanged && applied.TryGetValue(migration.Version, out var record) && record.Checksum != migration.Checksum)
            {
                throw new SqlMigrationException(
                    $"Migration {migration.Id} was changed after it was applied to database '{database}' " +
                    $"(recorded as {record.Name}, checksum {record.Checksum[..12]}..., now {migration.Checksum[..12]}...). " +
                    "Applied migrations must not change: restore the script and put the change in a new one.");
            }
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, SqlMigration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new SqlMigrationException($"Migration {migration.Id} failed on database '{connection.Database}': {e.MessageText}", e);
        }

        await using (var record = new NpgsqlCommand(
            """
            INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, now())
            ON CONFLICT (version) DO UPDATE SET name = excluded.name, checksum = excluded.checksum, applied_at = excluded.applied_at
            """, connection, transaction))
        {
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Name });
            record.Parameters.Add(new NpgsqlParameter { Value = migration.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Applied migration {Migration} to database {Database}", migration.Id, connection.Database);
    }

    private static async Task<Dictionary<int, (string Name, string Checksum)>> ReadHistoryAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, (string, string)>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
