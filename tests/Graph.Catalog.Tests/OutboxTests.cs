using FluentAssertions;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Products;
using Graph.Messaging;
using Graph.ServiceDefaults.Database;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>
/// <c>catalog.changed</c> goes through the outbox in the transaction of the change. These tests run the mutations on
/// a database of their own with the outbox but no relay, so the rows stay as the transaction wrote them.
/// </summary>
public sealed class OutboxTests(OutboxTests.Database database) : IClassFixture<OutboxTests.Database>
{
    [Fact]
    public async Task A_Product_Change_And_Its_Event_Should_Commit_In_One_Transaction()
    {
        await using var provider = database.CreateServices();
        var categoryId = await database.CreateCategoryAsync();
        CreateProductPayload payload;
        await using (var scope = provider.CreateAsyncScope())
        {
            payload = await ProductMutations.CreateProductAsync(
                new CreateProductInput("OBX-" + Guid.NewGuid().ToString("N")[..8], "Outboxed", "Acme", categoryId, new Domain.Money(5m, "USD")),
                scope.ServiceProvider.GetRequiredService<CatalogDb>(), TimeProvider.System, CancellationToken.None);
        }

        payload.Errors.Should().BeEmpty();
        var tag = EntityTags.For(EntityTags.Product, payload.Product!.Id);
        // xmin is the id of the transaction that wrote the row version: equal ids mean one transaction.
        var productTransaction = await database.ScalarAsync<string>("SELECT xmin::text FROM products WHERE id = @p0", payload.Product.Id);
        var eventTransaction = await database.ScalarAsync<string>("SELECT xmin::text FROM outbox_messages WHERE topic = 'catalog.changed' AND payload LIKE @p0", $"%{tag}%");
        eventTransaction.Should().Be(productTransaction);
        var envelope = EventEnvelope.Parse(System.Text.Encoding.UTF8.GetBytes(
            await database.ScalarAsync<string>("SELECT payload FROM outbox_messages WHERE payload LIKE @p0", $"%{tag}%")));
        envelope.Type.Should().Be("catalog.changed.v1");
        envelope.Data.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal(tag);
    }

    [Fact]
    public async Task Concurrent_Creates_With_One_Sku_Should_Leave_One_Product_And_One_Event()
    {
        await using var provider = database.CreateServices();
        var categoryId = await database.CreateCategoryAsync();
        var sku = "RACE-" + Guid.NewGuid().ToString("N")[..8];
        var eventsBefore = await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var scope = provider.CreateAsyncScope();
            return await ProductMutations.CreateProductAsync(
                new CreateProductInput(i % 2 == 0 ? sku : sku.ToLowerInvariant(), "Racer " + i, "Acme", categoryId, new Domain.Money(5m, "USD")),
                scope.ServiceProvider.GetRequiredService<CatalogDb>(), TimeProvider.System, CancellationToken.None);
        }));

        results.Count(r => r.Product is not null).Should().Be(1);
        results.Where(r => r.Product is null).SelectMany(r => r.Errors).Should().OnlyContain(e => e.Code == "DUPLICATE_SKU");
        var winner = results.Single(r => r.Product is not null).Product!.Id;
        (await database.ScalarAsync<long>("SELECT count(*) FROM products WHERE lower(sku) = lower(@p0)", sku)).Should().Be(1);
        (await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages") - eventsBefore).Should().Be(1, "only the committed product has an event");
        (await database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE payload LIKE @p0", $"%{winner}%")).Should().Be(1);
    }

    /// <summary>A database migrated with the Catalog's scripts, and services with the outbox but without the relay.</summary>
    public sealed class Database : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "catalog_outbox";

        public ServiceProvider CreateServices()
        {
            var services = new ServiceCollection();
            services.AddLogging();
            // No relay: nothing publishes, so rows keep the transaction id that wrote them.
            services.AddKafkaMessaging(o => o.BootstrapServers = "127.0.0.1:9")
                .AddEvent<CatalogChanged>("catalog.changed.v1", CatalogService.ChangedTopic);
            services.AddDbContext<CatalogDb>((sp, o) => o.UseNpgsql(ConnectionString).UseOutbox(sp));
            return services.BuildServiceProvider();
        }

        public async Task<Guid> CreateCategoryAsync()
        {
            var id = Guid.NewGuid();
            await ScalarAsync<Guid>(
                "INSERT INTO categories (id, name, slug, created_at, updated_at) VALUES (@p0, 'Outbox', @p1, now(), now()) RETURNING id",
                id, "outbox-" + id.ToString("N")[..12]);
            return id;
        }

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

        protected override Task MigrateAsync(string connectionString) =>
            new SqlMigrationRunner().ApplyAsync(connectionString, [SqlMigration.Messaging, .. SqlMigrationCatalog.FromAssembly(typeof(CatalogDb).Assembly)]);
    }
}
