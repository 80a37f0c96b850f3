using Graph.Testing.Services;
using Graph.Users.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Users.Tests.Support;

/// <summary>
/// The Users service as <c>./graph up</c> runs it, on real HTTP, with its own PostgreSQL database (migrated and seeded
/// with the demo data by the service itself), its own Redis and the Kafka mock cluster. Shared by the test classes of
/// <see cref="UsersServiceCollection"/>; each test signs up accounts of its own.
/// </summary>
public sealed class UsersServiceFixture() : ServiceFixture("users")
{
    protected override WebApplication Build(string[] args) => UsersService.Build(args);

    /// <summary>A fresh context on the service's database, for arranging and counting rows.</summary>
    public UsersDb CreateDb() => new(new DbContextOptionsBuilder<UsersDb>().UseNpgsql(ConnectionString).Options);

    /// <summary>Rows of <paramref name="table"/> matching the optional SQL condition, straight from the database.</summary>
    public async Task<long> CountRowsAsync(string table, string? where = null, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}" + (where is null ? "" : " WHERE " + where), connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The application's services in a scope (the scoped domain services, the DbContext).</summary>
    public AsyncServiceScope CreateScope() => Host.Services.CreateAsyncScope();
}

/// <summary>The test classes that share one running Users service.</summary>
[CollectionDefinition(Name)]
public sealed class UsersServiceCollection : ICollectionFixture<UsersServiceFixture>
{
    public const string Name = "Users service";
}
