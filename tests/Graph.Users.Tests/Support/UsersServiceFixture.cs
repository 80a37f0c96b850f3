using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Graph.Users.Infrastructure;
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
public sealed class UsersServiceFixture : IAsyncLifetime
{
    private readonly DatabaseOnly _database = new();
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    private ServiceHost? _host;

    public ServiceHost Host => _host ?? throw new InvalidOperationException("The service starts in InitializeAsync.");

    public string ConnectionString => _database.ConnectionString;

    public string KafkaBootstrapServers => _kafka.BootstrapServers;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(args => UsersService.Build(args), new Dictionary<string, string?>
        {
            ["ConnectionStrings:users"] = _database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
            ["DemoData:Enabled"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _kafka.DisposeAsync();
        await _redis.DisposeAsync();
        await _database.DisposeAsync();
    }

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

    private sealed class DatabaseOnly : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "users_service";
    }
}

/// <summary>The test classes that share one running Users service.</summary>
[CollectionDefinition(Name)]
public sealed class UsersServiceCollection : ICollectionFixture<UsersServiceFixture>
{
    public const string Name = "Users service";
}
