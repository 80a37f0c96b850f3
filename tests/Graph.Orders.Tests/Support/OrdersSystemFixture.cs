using System.Text;
using System.Text.Json;
using Graph.Catalog;
using Graph.Orders;
using Graph.Orders.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Graph.Testing.Kafka;
using Graph.Testing.Polling;
using Graph.Testing.Postgres;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Npgsql;
using Xunit;

namespace Graph.Orders.Tests.Support;

/// <summary>
/// A real Catalog (demo data, for names and final prices) and the Orders service under test, both on real HTTP with
/// their own PostgreSQL databases, one Redis (Orders' subscription bus) and a Kafka mock cluster each: the Catalog's
/// own cluster keeps its saga part (reservations) out of these tests, which produce the saga outcomes themselves.
/// Both services trust <see cref="Tokens"/>.
/// </summary>
public sealed class OrdersSystemFixture : IAsyncLifetime
{
    private readonly Database _catalogDb = new("orders_test_catalog");
    private readonly Database _ordersDb = new("orders_test_orders");
    private readonly RedisServerFixture _redis = new();
    private readonly KafkaFixture _catalogKafka = new();
    private ServiceHost? _catalog;
    private ServiceHost? _orders;

    public TestTokens Tokens { get; } = new();

    /// <summary>The Kafka cluster the Orders service produces to and consumes from.</summary>
    public KafkaFixture Kafka { get; } = new();

    /// <summary>
    /// Runs before each request Orders sends to the Catalog, while set: a test uses it to change something at the moment
    /// Orders waits for prices. Tests that set it reset it in a finally.
    /// </summary>
    public Func<Task>? BeforeCatalogRequest { get; set; }

    public ServiceHost Catalog => _catalog ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public ServiceHost Orders => _orders ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public string OrdersConnectionString => _ordersDb.ConnectionString;

    public string AdminToken() => Tokens.Create(Guid.NewGuid(), ["admin"], "admin@example.com");

    /// <summary>A new customer: its id and an access token with an email claim.</summary>
    public (Guid Id, string Token) NewCustomer()
    {
        var id = Guid.NewGuid();
        return (id, Tokens.Create(id, ["customer"], $"c{id:N}@example.com"));
    }

    public async Task InitializeAsync()
    {
        await _catalogDb.InitializeAsync();
        await _ordersDb.InitializeAsync();
        await _redis.InitializeAsync();
        await _catalogKafka.InitializeAsync();
        await Kafka.InitializeAsync();
        _catalog = await ServiceHost.StartAsync(args => CatalogService.Build(args), ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
        {
            ["ConnectionStrings:catalog"] = _catalogDb.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = _catalogKafka.BootstrapServers,
            ["DemoData:Enabled"] = "true",
        }));
        _orders = await ServiceHost.StartAsync(args => OrdersService.Build(args, HookCatalogRequests), ServiceHost.Settings(Tokens.Settings, new Dictionary<string, string?>
        {
            ["ConnectionStrings:orders"] = _ordersDb.ConnectionString,
            ["ConnectionStrings:redis"] = _redis.ConnectionString,
            ["Kafka:BootstrapServers"] = Kafka.BootstrapServers,
            ["Catalog:GraphQLUrl"] = Catalog.GraphQLEndpoint.ToString(),
        }));
    }

    private void HookCatalogRequests(Microsoft.AspNetCore.Builder.WebApplicationBuilder builder) =>
        builder.Services.AddHttpClient<CatalogClient>().AddHttpMessageHandler(() => new HookHandler(this));

    public async Task DisposeAsync()
    {
        if (_orders is not null)
        {
            await _orders.DisposeAsync();
        }

        if (_catalog is not null)
        {
            await _catalog.DisposeAsync();
        }

        await Kafka.DisposeAsync();
        await _catalogKafka.DisposeAsync();
        await _redis.DisposeAsync();
        await _ordersDb.DisposeAsync();
        await _catalogDb.DisposeAsync();
        Tokens.Dispose();
    }

    /// <summary>Produces a saga outcome as the Catalog or Payments would: a Graph.Messaging envelope keyed by the order id.</summary>
    /// <summary>Waits until the consumer recorded the message <paramref name="envelopeId"/> in its inbox.</summary>
    public Task WaitForInboxAsync(Guid envelopeId) =>
        Eventually.UntilAsync(
            () => ScalarAsync<long>("SELECT count(*) FROM inbox_messages WHERE message_id = @p0", envelopeId), n => n > 0, $"message {envelopeId} in the inbox");

    public Task ProduceAsync(string topic, string type, Guid orderId, object data, Guid? envelopeId = null)
    {
        var envelope = new
        {
            specversion = "1.0",
            id = envelopeId ?? Guid.CreateVersion7(),
            type,
            source = "/tests",
            time = DateTimeOffset.UtcNow,
            subject = orderId.ToString(),
            datacontenttype = "application/json",
            data,
        };
        return Kafka.ProduceAsync(topic, orderId.ToString(), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope)));
    }

    /// <summary>A statement straight on the Orders database (tests age rows with it).</summary>
    public Task ExecuteAsync(string sql, params object[] parameters) =>
        WithCommandAsync(sql, parameters, command => command.ExecuteNonQueryAsync());

    /// <summary>One value straight from the Orders database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters) =>
        (T)(await WithCommandAsync(sql, parameters, command => command.ExecuteScalarAsync()))!;

    private async Task<TResult> WithCommandAsync<TResult>(string sql, object[] parameters, Func<NpgsqlCommand, Task<TResult>> run)
    {
        await using var connection = new NpgsqlConnection(_ordersDb.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return await run(command);
    }

    private sealed class Database(string prefix) : PostgresDatabaseFixture
    {
        protected override string NamePrefix => prefix;
    }

    private sealed class HookHandler(OrdersSystemFixture system) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (system.BeforeCatalogRequest is { } hook)
            {
                await hook();
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>The test classes that share one running Catalog + Orders pair.</summary>
[CollectionDefinition(Name)]
public sealed class OrdersSystemCollection : ICollectionFixture<OrdersSystemFixture>
{
    public const string Name = "orders system";

}
