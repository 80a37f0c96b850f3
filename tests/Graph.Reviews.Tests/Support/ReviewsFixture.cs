using System.Text;
using System.Text.Json;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Npgsql;
using Xunit;

namespace Graph.Reviews.Tests.Support;

/// <summary>
/// The Reviews service as <c>./graph up</c> runs it (demo data on), on real HTTP with its own PostgreSQL database, its
/// own Redis (the entity cache) and a Kafka mock cluster the tests produce Orders' events to. Trusts <see cref="Tokens"/>.
/// </summary>
public sealed class ReviewsFixture : IAsyncLifetime
{
    private readonly Database _database = new();
    private readonly RedisServerFixture _redis = new();
    private ServiceHost? _host;

    public TestTokens Tokens { get; } = new();

    public KafkaFixture Kafka { get; } = new();

    public ServiceHost Reviews => _host ?? throw new InvalidOperationException("Started in InitializeAsync.");

    /// <summary>The connection string of the service's database.</summary>
    public string DatabaseConnectionString => _database.ConnectionString;

    public string AdminToken() => Tokens.Create(Guid.NewGuid(), ["admin"], "admin@example.com");

    /// <summary>A new customer: its id and an access token.</summary>
    public (Guid Id, string Token) NewCustomer()
    {
        var id = Guid.NewGuid();
        return (id, Tokens.Create(id, ["customer"], $"c{id:N}@example.com"));
    }

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _redis.InitializeAsync();
        await Kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(args => ReviewsService.Build(args), ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
        {
            ["ConnectionStrings:reviews"] = _database.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = Kafka.BootstrapServers,
            ["DemoData:Enabled"] = "true",
        }));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await Kafka.DisposeAsync();
        await _redis.DisposeAsync();
        await _database.DisposeAsync();
        Tokens.Dispose();
    }

    /// <summary>Produces an event as Orders would: a Graph.Messaging envelope keyed by the order id.</summary>
    public Task ProduceAsync(string topic, string type, Guid orderId, object data, Guid? envelopeId = null)
    {
        var envelope = new
        {
            specversion = "1.0",
            id = envelopeId ?? Guid.CreateVersion7(),
            type,
            source = "/orders",
            time = DateTimeOffset.UtcNow,
            subject = orderId.ToString(),
            datacontenttype = "application/json",
            data,
        };
        return Kafka.ProduceAsync(topic, orderId.ToString(), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope)));
    }

    /// <summary>The rows of a query straight from the Reviews database, each row's columns joined with <c>|</c>.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    private sealed class Database : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "reviews_test";
    }
}

/// <summary>The test classes that share one running Reviews service.</summary>
[CollectionDefinition(Name)]
public sealed class ReviewsCollection : ICollectionFixture<ReviewsFixture>
{
    public const string Name = "reviews service";
}
