using System.Text;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Reservations;
using Graph.Messaging;
using Graph.ServiceDefaults.Database;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Catalog.Tests.Reservations;

/// <summary>
/// A database migrated with the Catalog's scripts and the saga handlers wired as <c>CatalogService.Build</c> wires them,
/// with the outbox but without the relay, so the outbox rows stay as the transactions wrote them.
/// <see cref="HandleAsync{TEvent}"/> runs the handlers the way the Kafka consumer does: a scope, one transaction.
/// </summary>
public sealed class ReservationDatabase : PostgresDatabaseFixture, IAsyncLifetime
{
    private ServiceProvider? _services;

    protected override string NamePrefix => "catalog_reservations";

    private ServiceProvider Services => _services ??= CreateServices();

    /// <summary>
    /// Handles <paramref name="integrationEvent"/> with every registered handler in one transaction, as the consumer does;
    /// <paramref name="commit"/> false rolls it back instead, as a consumer crashing before its commit would.
    /// </summary>
    public async Task HandleAsync<TEvent>(TEvent integrationEvent, bool commit = true)
        where TEvent : IntegrationEvent
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(integrationEvent, Context(integrationEvent), CancellationToken.None);
        }

        if (commit)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
    }

    /// <summary>Calls <see cref="StockReservations"/> on a scope of its own (its own transaction).</summary>
    public async Task<T> WithReservationsAsync<T>(Func<StockReservations, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<StockReservations>());
    }

    /// <summary>A new product with <paramref name="onHand"/> units, none reserved.</summary>
    public async Task<Guid> CreateProductAsync(int onHand)
    {
        var categoryId = await CreateCategoryAsync();
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "INSERT INTO products (id, sku, name, brand, price_amount, price_currency, category_id, created_at, updated_at) " +
            "VALUES (@p0, @p1, 'Reservable', 'Acme', 10, 'USD', @p2, now(), now())",
            id, "RSV-" + id.ToString("N")[..12], categoryId);
        await ExecuteAsync("INSERT INTO product_inventory (product_id, on_hand, reserved, updated_at) VALUES (@p0, @p1, 0, now())", id, onHand);
        return id;
    }

    /// <summary>A new coupon with <paramref name="onHand"/> units, none reserved.</summary>
    public async Task<Guid> CreateCouponAsync(int onHand)
    {
        var categoryId = await CreateCategoryAsync();
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "INSERT INTO coupons (id, title, company, category_id, price_amount, price_currency, discount_percent, valid_from, valid_until, created_at, updated_at) " +
            "VALUES (@p0, 'Reservable coupon', 'Acme', @p1, 5, 'USD', 10, now() - interval '1 day', now() + interval '30 days', now(), now())",
            id, categoryId);
        await ExecuteAsync("INSERT INTO coupon_inventory (coupon_id, on_hand, reserved, updated_at) VALUES (@p0, @p1, 0, now())", id, onHand);
        return id;
    }

    public Task<int> ProductReservedAsync(Guid productId) =>
        ScalarAsync<int>("SELECT reserved FROM product_inventory WHERE product_id = @p0", productId);

    public Task<int> CouponReservedAsync(Guid couponId) =>
        ScalarAsync<int>("SELECT reserved FROM coupon_inventory WHERE coupon_id = @p0", couponId);

    public Task<long> CountReservationsAsync(Guid orderId) =>
        ScalarAsync<long>("SELECT count(*) FROM reservations WHERE order_id = @p0", orderId);

    public Task<string> ReservationStateAsync(Guid orderId) =>
        ScalarAsync<string>("SELECT state FROM reservations WHERE order_id = @p0", orderId);

    /// <summary>The envelopes the order's transactions wrote to the outbox, oldest first.</summary>
    public async Task<IReadOnlyList<EventEnvelope>> OutboxEnvelopesAsync(Guid orderId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT payload FROM outbox_messages WHERE key = @p0 ORDER BY sequence", connection);
        command.Parameters.AddWithValue("p0", orderId.ToString());
        var envelopes = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            envelopes.Add(EventEnvelope.Parse(Encoding.UTF8.GetBytes(reader.GetString(0))));
        }

        return envelopes;
    }

    /// <summary>The <c>catalog.changed</c> rows whose tags name <paramref name="tag"/>.</summary>
    public Task<long> CatalogChangedCountAsync(string tag) =>
        ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE topic = 'catalog.changed' AND payload LIKE @p0", $"%\"{tag}\"%");

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("p" + i, parameters[i]);
        }

        return command;
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await DisposeAsync();
    }

    protected override Task MigrateAsync(string connectionString) =>
        new SqlMigrationRunner().ApplyAsync(connectionString, [SqlMigration.Messaging, .. SqlMigrationCatalog.FromAssembly(typeof(CatalogDb).Assembly)]);

    private ServiceProvider CreateServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        // No relay and an address nobody listens on: nothing is published, the outbox rows are the observable result.
        services.AddKafkaMessaging(o => o.BootstrapServers = "127.0.0.1:9")
            .AddEvent<CatalogChanged>("catalog.changed.v1", CatalogService.ChangedTopic)
            .AddSagaEvents()
            .AddEventHandler<OrderCreated, OrderCreatedHandler>()
            .AddEventHandler<PaymentFailed, PaymentFailedHandler>()
            .AddEventHandler<OrderStatusChanged, OrderStatusHandler>();
        services.AddDbContext<CatalogDb>((sp, o) => o.UseNpgsql(ConnectionString).UseOutbox(sp));
        services.AddScoped<StockReservations>();
        return services.BuildServiceProvider();
    }

    private async Task<Guid> CreateCategoryAsync()
    {
        var id = Guid.NewGuid();
        await ExecuteAsync(
            "INSERT INTO categories (id, name, slug, created_at, updated_at) VALUES (@p0, 'Reservations', @p1, now(), now())",
            id, "rsv-" + id.ToString("N")[..12]);
        return id;
    }

    private static IntegrationEventContext Context(IntegrationEvent integrationEvent) => new(
        new EventEnvelope
        {
            Id = integrationEvent.Id,
            Type = integrationEvent.GetType().Name,
            Source = "/tests",
            Time = integrationEvent.OccurredAt,
            Subject = integrationEvent.GetAggregateId(),
            Data = default,
        },
        "tests", 0, 0, SagaContracts.ConsumerGroup, 1, null);
}
