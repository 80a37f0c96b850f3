using Npgsql;

namespace Graph.Testing.Postgres;

/// <summary>A database of its own for a test or test class; dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    internal TestDatabase(string name, string connectionString, string adminConnectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections would be killed by FORCE and fail on their next use elsewhere.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var admin = new NpgsqlConnection(_adminConnectionString);
        await admin.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
