using FluentAssertions;
using Graph.Messaging;
using Graph.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Graph.Messaging.Tests;

/// <summary><see cref="MessageRetentionSweeper{TDbContext}"/> on tables created by <see cref="OutboxSchema.CreateSql"/>.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_Sweep_Should_Remove_Only_Sent_Outbox_Rows_And_Inbox_Rows_Past_Their_Retention_In_Batches()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync("retention");
        await Database.ExecuteAsync(database.ConnectionString, OutboxSchema.CreateSql);
        var unsentForLong = await AddOutboxRowAsync(database.ConnectionString, created: Now.AddDays(-60), sent: null);
        for (var i = 0; i < 5; i++)
        {
            await AddOutboxRowAsync(database.ConnectionString, created: Now.AddDays(-11), sent: Now.AddDays(-10));
        }

        var sentRecently = await AddOutboxRowAsync(database.ConnectionString, created: Now.AddDays(-2), sent: Now.AddDays(-1));
        for (var i = 0; i < 3; i++)
        {
            await AddInboxRowAsync(database.ConnectionString, processed: Now.AddDays(-40));
        }

        var processedRecently = await AddInboxRowAsync(database.ConnectionString, processed: Now.AddDays(-10));
        await using var provider = Services(database.ConnectionString, batchSize: 2);
        var sweeper = ActivatorUtilities.CreateInstance<MessageRetentionSweeper<MessagingOnlyDbContext>>(
            provider, NullLogger<MessageRetentionSweeper<MessagingOnlyDbContext>>.Instance);

        var first = await sweeper.SweepAsync(Now, CancellationToken.None);
        var second = await sweeper.SweepAsync(Now, CancellationToken.None);

        first.Should().Be((5, 3), "five rows sent 10 days ago (past 7) in three batches of at most 2, and three inbox rows of 40 days (past 30)");
        second.Should().Be((0, 0));
        (await Ids(database.ConnectionString, "SELECT id FROM outbox_messages")).Should().BeEquivalentTo([unsentForLong, sentRecently], "an unsent row is never removed, however old");
        (await Ids(database.ConnectionString, "SELECT message_id FROM inbox_messages")).Should().Equal(processedRecently);
    }

    [Fact]
    public void A_DbContext_With_A_Relay_And_Consumers_Should_Get_One_Sweeper()
    {
        var services = new ServiceCollection();
        services.AddKafkaMessaging(o => o.BootstrapServers = "127.0.0.1:9")
            .AddOutboxRelay<MessagingOnlyDbContext>()
            .AddConsumer<MessagingOnlyDbContext>("order.create", "a")
            .AddConsumer<MessagingOnlyDbContext>("order.status", "b");

        services.Count(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(MessageRetentionSweeper<MessagingOnlyDbContext>))
            .Should().Be(1);
    }

    private static ServiceProvider Services(string connectionString, int batchSize)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKafkaMessaging(o =>
        {
            o.BootstrapServers = "127.0.0.1:9";
            o.Retention.BatchSize = batchSize;
        });
        services.AddDbContext<MessagingOnlyDbContext>(o => o.UseNpgsql(connectionString));
        return services.BuildServiceProvider();
    }

    private static async Task<Guid> AddOutboxRowAsync(string connectionString, DateTimeOffset created, DateTimeOffset? sent)
    {
        var id = Guid.NewGuid();
        await Database.ExecuteAsync(
            connectionString,
            "INSERT INTO outbox_messages (id, type, topic, key, payload, created_at, sent_at, attempts) VALUES (@id, 't', 'topic', 'k', '{}', @created, @sent, 0)",
            ("id", id), ("created", created), ("sent", (object?)sent ?? DBNull.Value));
        return id;
    }

    private static async Task<Guid> AddInboxRowAsync(string connectionString, DateTimeOffset processed)
    {
        var id = Guid.NewGuid();
        await Database.ExecuteAsync(
            connectionString,
            "INSERT INTO inbox_messages (consumer, message_id, type, processed_at) VALUES ('orders', @id, 't', @processed)",
            ("id", id), ("processed", processed));
        return id;
    }

    private static async Task<List<Guid>> Ids(string connectionString, string sql)
    {
        var ids = new List<Guid>();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
