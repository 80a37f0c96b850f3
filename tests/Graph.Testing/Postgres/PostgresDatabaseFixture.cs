using Xunit;

namespace Graph.Testing.Postgres;

/// <summary>
/// An xunit class fixture that gives the test class a real PostgreSQL database of its own,
/// created before the first test and dropped (WITH (FORCE)) after the last. Derive from it and
/// override <see cref="MigrateAsync"/> to create the schema, e.g. with EF's
/// <c>Database.EnsureCreatedAsync()</c> or the service's SQL migration runner.
/// </summary>
public class PostgresDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>Connection string of the test database; valid after <see cref="InitializeAsync"/>.</summary>
    public string ConnectionString => _database?.ConnectionString
        ?? throw new InvalidOperationException("The database is created in InitializeAsync; use the fixture from a test, not a constructor of another fixture.");

    public string DatabaseName => _database?.Name ?? throw new InvalidOperationException("The database is not created yet.");

    /// <summary>Prefix of the database name, so a leftover database says which tests made it.</summary>
    protected virtual string NamePrefix => GetType().Name;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync(NamePrefix).ConfigureAwait(false);
        try
        {
            await MigrateAsync(_database.ConnectionString).ConfigureAwait(false);
        }
        catch
        {
            await _database.DisposeAsync().ConfigureAwait(false);
            _database = null;
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
            _database = null;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Creates the schema in the new, empty database.</summary>
    protected virtual Task MigrateAsync(string connectionString) => Task.CompletedTask;
}
