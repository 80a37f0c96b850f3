using System.Globalization;
using System.Text;
using System.Text.Json;
using Graph.Testing.Kafka;
using Graph.Testing.Polling;
using Graph.Testing.Postgres;
using Graph.Testing.Services;
using Npgsql;
using Xunit;

namespace Graph.Recommendations.Tests.Support;

/// <summary>
/// The Recommendations service on real HTTP with its own PostgreSQL database and a Kafka mock cluster the tests produce
/// Orders' and Reviews' events to. Each test class gets its own (IClassFixture), so rankings never mix across classes.
/// Trusts <see cref="Tokens"/>.
/// </summary>
public class RecommendationsFixture : IAsyncLifetime
{
    private readonly Database _database = new();
    private ServiceHost? _host;

    public TestTokens Tokens { get; } = new();

    public KafkaFixture Kafka { get; } = new();

    public ServiceHost Recommendations => _host ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Whether the service seeds its demo data (<c>DemoData:Enabled</c>).</summary>
    protected virtual bool DemoData => false;

    /// <summary>A token of the customer <paramref name="userId"/>.</summary>
    public string TokenOf(Guid userId) => Tokens.Create(userId, ["customer"], $"c{userId:N}@example.com");

    public virtual async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await Kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(args => RecommendationsService.Build(args), ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
        {
            ["ConnectionStrings:recommendations"] = _database.ConnectionString,
            ["Kafka:BootstrapServers"] = Kafka.BootstrapServers,
            ["DemoData:Enabled"] = DemoData ? "true" : "false",
        }));
    }

    public virtual async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await Kafka.DisposeAsync();
        await _database.DisposeAsync();
        Tokens.Dispose();
    }

    /// <summary>Produces an event as its owner would: a Graph.Messaging envelope keyed by <paramref name="key"/>, at <paramref name="time"/>.</summary>
    public Task ProduceAsync(string topic, string type, string source, Guid key, object data, Guid envelopeId, DateTimeOffset time)
    {
        var envelope = new
        {
            specversion = "1.0",
            id = envelopeId,
            type,
            source,
            time,
            subject = key.ToString(),
            datacontenttype = "application/json",
            data,
        };
        return Kafka.ProduceAsync(topic, key.ToString(), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope)));
    }

    /// <summary>Waits until the service's inbox holds every one of the envelopes.</summary>
    public Task WaitProcessedAsync(IReadOnlyCollection<Guid> envelopeIds) =>
        Eventually.UntilAsync(
            () => RowsAsync("SELECT count(DISTINCT message_id) FROM inbox_messages WHERE message_id = ANY (@p0)", envelopeIds.ToArray()),
            rows => rows.Single() == envelopeIds.Count.ToString(CultureInfo.InvariantCulture),
            $"{envelopeIds.Count} events in the inbox");

    /// <summary>The rows of a query straight from the database, each row's columns joined with <c>|</c>.</summary>
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
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>Every derived table, in a stable order: what "the same state" means for the projection.</summary>
    public async Task<IReadOnlyList<string>> DerivedStateAsync()
    {
        var rows = new List<string>();
        rows.AddRange(await RowsAsync("SELECT 'purchase', order_id, product_id, user_id, paid_at FROM purchases ORDER BY 2, 3"));
        rows.AddRange(await RowsAsync("SELECT 'user_product', user_id, product_id, orders FROM user_products ORDER BY 2, 3"));
        rows.AddRange(await RowsAsync("SELECT 'co_purchase', product_id, other_product_id, users FROM co_purchases ORDER BY 2, 3"));
        rows.AddRange(await RowsAsync("SELECT 'sales', product_id, orders FROM product_sales ORDER BY 2"));
        rows.AddRange(await RowsAsync("SELECT 'rating', user_id, product_id, rating FROM user_ratings ORDER BY 2, 3"));
        return rows;
    }

    private sealed class Database : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "recommendations_test";
    }
}

/// <summary>The service with its demo data seeded, as <c>./graph up</c> runs it.</summary>
public class DemoRecommendationsFixture : RecommendationsFixture
{
    protected override bool DemoData => true;
}
