using System.Data.Common;
using FluentAssertions;
using Graph.Testing.Kafka;
using Graph.Testing.Postgres;
using Graph.Testing.Services;
using Graph.Users.DemoData;
using Graph.Users.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Users.Tests.Caching;

/// <summary>
/// Lookups by id go through the DataLoader and the entity cache: a batch of misses is one SQL query, and a warm cache
/// answers without the database. A service of its own (in-memory cache, its own Kafka) so the count is exact.
/// </summary>
public sealed class UserLookupBatchingTests : IAsyncLifetime
{
    private const string Entities = "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id displayName } } }";

    private readonly Database _database = new();
    private readonly KafkaFixture _kafka = new();
    private readonly UserQueryCounter _counter = new();
    private ServiceHost? _host;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _kafka.InitializeAsync();
        _host = await ServiceHost.StartAsync(
            args => UsersService.Build(args, b => b.Services.ConfigureDbContext<UsersDb>(o => o.AddInterceptors(_counter))),
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:users"] = _database.ConnectionString,
                ["ConnectionStrings:redis"] = "",
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
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Three_Entity_Lookups_Should_Cost_One_Query_Cold_And_None_Warm()
    {
        var representations = new[] { DemoPeople.AliceId, DemoPeople.BobId, DemoPeople.CarolId }
            .Select(id => new { __typename = "User", id = id.ToString() }).ToArray();

        _counter.Reset();
        using var cold = await _host!.PostAsync(Entities, new { r = representations });
        var coldQueries = _counter.Count;
        _counter.Reset();
        using var warm = await _host.PostAsync(Entities, new { r = representations });
        var warmQueries = _counter.Count;

        cold.Get("_entities").EnumerateArray().Select(e => e.GetProperty("displayName").GetString())
            .Should().Equal("Alice Schneider", "Bob Martin", "Carol Nguyen");
        warm.Body.Should().Be(cold.Body);
        coldQueries.Should().Be(1);
        warmQueries.Should().Be(0);
    }

    /// <summary>Counts the SQL commands that read the <c>users</c> table.</summary>
    private sealed class UserQueryCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM users", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class Database : PostgresDatabaseFixture
    {
        protected override string NamePrefix => "users_batching";
    }
}
