using Graph.Catalog.Infrastructure;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Catalog.Tests.Support;

/// <summary>
/// The Catalog service as <c>./graph up</c> runs it, on real HTTP: its own PostgreSQL database (migrated and seeded
/// with the demo data by the service itself), its own Redis and the Kafka mock cluster, JWTs from <see cref="Tokens"/>.
/// An EF interceptor (<see cref="Sql"/>) records the SQL the service runs. Tests create rows of their own.
/// </summary>
public sealed class CatalogServiceFixture : IAsyncLifetime
{
    private readonly DatabaseOnly _database = new();
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _kafka = new();
    private ServiceHost? _host;

    public ServiceHost Host => _host ?? throw new InvalidOperationException("The service starts in InitializeAsync.");

    public TestTokens Tokens { get; } = new();

    public SqlCommandCounter Sql { get; } = new();

    public string ConnectionString => _database.ConnectionString;

    public string AdminToken => Tokens.Create(Guid.NewGuid(), ["admin"]);

    public string CustomerToken => Tokens.Create(Guid.NewGuid(), ["customer"]);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _redis.InitializeAsync();
        await _kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(
            args => CatalogService.Build(args, builder => builder.Services.ConfigureDbContext<CatalogDb>(o => o.AddInterceptors(Sql))),
            ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
            {
                ["ConnectionStrings:catalog"] = _database.ConnectionString,
                ["ConnectionStrings:redis"] = _redis.ConnectionString,
                ["Kafka:BootstrapServers"] = _kafka.BootstrapServers,
                ["DemoData:Enabled"] = "true",
            }));
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
        Tokens.Dispose();
    }

    /// <summary>A fresh context on the service's database (no outbox), for arranging and checking rows.</summary>
    public CatalogDb CreateDb() => new(new DbContextOptionsBuilder<CatalogDb>().UseNpgsql(ConnectionString).Options);

    /// <summary>One value straight from the database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public Task<long> CountAsync(string table, string? where = null, params object[] parameters) =>
        ScalarAsync<long>($"SELECT count(*) FROM {table}" + (where is null ? "" : " WHERE " + where), parameters);

    private sealed class DatabaseOnly : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "catalog_service";
    }
}

/// <summary>The test classes that share one running Catalog service.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogServiceCollection : ICollectionFixture<CatalogServiceFixture>
{
    public const string Name = "Catalog service";
}
