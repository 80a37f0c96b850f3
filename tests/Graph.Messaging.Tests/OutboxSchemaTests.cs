using FluentAssertions;
using Graph.Messaging;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace Graph.Messaging.Tests;

/// <summary><see cref="OutboxSchema.CreateSql"/> must build the tables the EF model expects.</summary>
public sealed class OutboxSchemaTests(MessagingDatabase efCreated, KafkaFixture kafka)
    : IClassFixture<MessagingDatabase>, IClassFixture<KafkaFixture>
{
    [Fact]
    public async Task CreateSql_Should_Produce_The_Same_Tables_As_The_Model()
    {
        await using var scripted = await PostgresServer.CreateDatabaseAsync("outbox_schema");

        await Database.ExecuteAsync(scripted.ConnectionString, OutboxSchema.CreateSql);
        await Database.ExecuteAsync(scripted.ConnectionString, OutboxSchema.CreateSql);

        var model = await DescribeAsync(efCreated.ConnectionString);
        model.Should().Contain("outbox_messages.sequence bigint NO YES ALWAYS").And.Contain(i => i.Contains("WHERE (sent_at IS NULL)"));
        (await DescribeAsync(scripted.ConnectionString)).Should().Equal(model);
    }

    [Fact]
    public async Task Relay_And_Inbox_Should_Work_On_Tables_Created_By_The_Script()
    {
        await using var scripted = await PostgresServer.CreateDatabaseAsync("outbox_script");
        await Database.ExecuteAsync(scripted.ConnectionString, OutboxSchema.CreateSql);
        var topic = KafkaFixture.UniqueTopic("order.create");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKafkaMessaging(o => o.BootstrapServers = kafka.BootstrapServers)
            .AddEvent<OrderCreatedIntegrationEvent>("order.created.v1", topic);
        services.AddDbContext<MessagingOnlyDbContext>((sp, o) => o.UseNpgsql(scripted.ConnectionString).UseOutbox(sp));
        await using var provider = services.BuildServiceProvider();
        var integrationEvent = ConsumerTests.NewOrder("ada");
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MessagingOnlyDbContext>();
            db.AddIntegrationEvent(integrationEvent);
            db.Set<InboxMessage>().Add(new InboxMessage { Consumer = "orders", MessageId = integrationEvent.Id, Type = "order.created.v1", ProcessedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var relay = ActivatorUtilities.CreateInstance<OutboxRelay<MessagingOnlyDbContext>>(provider, NullLogger<OutboxRelay<MessagingOnlyDbContext>>.Instance);
        var published = await relay.PublishBatchAsync(10, CancellationToken.None);

        published.Should().Be(1);
        (await kafka.ConsumeAsync(topic, 1)).Should().ContainSingle().Which.Key.Should().Be(integrationEvent.OrderId.ToString());
        (await Database.ScalarAsync<long>(scripted.ConnectionString, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NOT NULL")).Should().Be(1);
        (await relay.PublishBatchAsync(10, CancellationToken.None)).Should().Be(0, "a sent row is not published again");
    }

    // Columns (name, type, nullability, identity) and index definitions of the two tables.
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || is_identity || ' ' || coalesce(identity_generation, '')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name IN ('outbox_messages', 'inbox_messages')
            UNION ALL
            SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('outbox_messages', 'inbox_messages')
            ORDER BY 1
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}

/// <summary>A service whose only tables are the outbox and inbox, created from the SQL script.</summary>
public sealed class MessagingOnlyDbContext(DbContextOptions<MessagingOnlyDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox().AddInbox();
}
