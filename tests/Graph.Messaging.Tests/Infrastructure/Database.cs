using Npgsql;

namespace Graph.Messaging.Tests;

/// <summary>Reads the test database with plain SQL, apart from the code under test.</summary>
public static class Database
{
    /// <summary>How many effect rows each of <paramref name="messageIds"/> has (0 when none).</summary>
    public static async Task<Dictionary<Guid, int>> EffectCountsAsync(string connectionString, IReadOnlyCollection<Guid> messageIds)
    {
        var counts = messageIds.ToDictionary(id => id, _ => 0);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT message_id, count(*) FROM effects WHERE message_id = ANY(@ids) GROUP BY message_id", connection);
        command.Parameters.AddWithValue("ids", messageIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetGuid(0)] = (int)reader.GetInt64(1);
        }

        return counts;
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<int> ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
