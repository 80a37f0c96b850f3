using System.Diagnostics.Metrics;
using System.Globalization;
using FluentAssertions;
using Graph.Redis;
using Graph.ServiceDefaults.Caching;
using Graph.Testing.Redis;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Caching;

public sealed class EntityCacheTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(7);

    private readonly List<IReadOnlyList<Guid>> _loads = [];
    private ServiceProvider _services = null!;

    private IEntityCache Cache => _services.GetRequiredService<IEntityCache>();

    public Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGraphRedis(redis.ConnectionString);
        services.Configure<EntityCacheOptions>(o => o.EntityTimeToLive = TimeToLive);
        services.AddSingleton<IEntityCache, DistributedEntityCache>();
        _services = services.BuildServiceProvider();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    /// <summary>A DataLoader batch over an imaginary table where every id except <paramref name="absent"/> exists.</summary>
    private Func<IReadOnlyList<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, Product>>> Loader(params Guid[] absent) => (ids, _) =>
    {
        _loads.Add(ids);
        IReadOnlyDictionary<Guid, Product> found = ids.Where(id => !absent.Contains(id)).ToDictionary(id => id, id => new Product(id, $"Product {id:N}"[..12], 9.5m));
        return Task.FromResult(found);
    };

    [Fact]
    public async Task A_Second_Lookup_Should_Be_Answered_From_The_Cache()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var first = await Cache.GetOrLoadAsync("Product", ids, Loader());
        var second = await Cache.GetOrLoadAsync("Product", ids, Loader());

        _loads.Should().ContainSingle().Which.Should().BeEquivalentTo(ids);
        second.Should().BeEquivalentTo(first);
        second[ids[0]].Price.Should().Be(9.5m);
    }

    [Fact]
    public async Task Only_The_Misses_Should_Be_Loaded_In_One_Call()
    {
        var cached = Guid.NewGuid();
        var missing = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await Cache.GetOrLoadAsync("Product", [cached], Loader());
        _loads.Clear();

        var result = await Cache.GetOrLoadAsync("Product", [cached, missing[0], cached, missing[1]], Loader());

        _loads.Should().ContainSingle().Which.Should().Equal(missing);
        result.Keys.Should().BeEquivalentTo([cached, .. missing]);
    }

    [Fact]
    public async Task Entities_The_Loader_Does_Not_Find_Should_Be_Absent_And_Not_Cached()
    {
        var gone = Guid.NewGuid();

        var first = await Cache.GetOrLoadAsync("Product", [gone], Loader(gone));
        await Cache.GetOrLoadAsync("Product", [gone], Loader(gone));

        first.Should().BeEmpty();
        _loads.Should().HaveCount(2);
    }

    [Fact]
    public async Task Entries_Should_Expire_After_The_Configured_Time_To_Live()
    {
        var id = Guid.NewGuid();
        await Cache.GetOrLoadAsync("Product", [id], Loader());
        await using var client = redis.CreateClient();

        var ttl = await client.TimeToLiveAsync($"entity:Product:{id}");

        ttl.Should().NotBeNull();
        ttl!.Value.Should().BePositive().And.BeLessThanOrEqualTo(TimeToLive);
    }

    [Fact]
    public async Task Evict_Should_Remove_The_Tagged_Entries_Only()
    {
        var evicted = Guid.NewGuid();
        var kept = Guid.NewGuid();
        await Cache.GetOrLoadAsync("Product", [evicted, kept], Loader());
        _loads.Clear();

        await Cache.EvictAsync([$"Product:{evicted}", "malformed-tag"]);
        await Cache.GetOrLoadAsync("Product", [evicted, kept], Loader());

        _loads.Should().ContainSingle().Which.Should().Equal(evicted);
    }

    [Fact]
    public async Task Types_Should_Not_Share_Entries()
    {
        var id = Guid.NewGuid();
        await Cache.GetOrLoadAsync("Product", [id], Loader());

        await Cache.GetOrLoadAsync("Coupon", [id], Loader());

        _loads.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_Batch_Of_Cached_Entities_Should_Be_Read_In_One_Redis_Round_Trip()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        await Cache.GetOrLoadAsync("Product", ids, Loader());
        await using var client = redis.CreateClient();
        var before = await CommandCallsAsync(client);

        var result = await Cache.GetOrLoadAsync("Product", ids, Loader());

        var after = await CommandCallsAsync(client);
        result.Keys.Should().BeEquivalentTo(ids);
        _loads.Should().ContainSingle("the second lookup is answered from the cache");
        (after.Mget - before.Mget).Should().Be(1);
        (after.Get - before.Get).Should().Be(0);
    }

    [Fact]
    public async Task Hits_And_Misses_Of_A_Batch_Should_Be_Counted_For_Its_Type()
    {
        var type = "Counted" + Guid.NewGuid().ToString("N")[..8];
        var cached = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await Cache.GetOrLoadAsync(type, cached, Loader());
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EntityCacheTelemetry.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == EntityCacheTelemetry.TypeTag && Equals(tag.Value, type))
                {
                    lock (counts)
                    {
                        counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
                    }
                }
            }
        });
        listener.Start();

        await Cache.GetOrLoadAsync(type, [cached[0], Guid.NewGuid(), cached[1], Guid.NewGuid(), Guid.NewGuid()], Loader());

        counts.Should().Equal(new Dictionary<string, long>
        {
            [EntityCacheTelemetry.HitsMetric] = 2,
            [EntityCacheTelemetry.MissesMetric] = 3,
        });
    }

    [Fact]
    public async Task An_Entry_That_Cannot_Be_Read_Should_Be_Loaded_Again_And_Overwritten()
    {
        var broken = Guid.NewGuid();
        var intact = Guid.NewGuid();
        await Cache.GetOrLoadAsync("Product", [broken, intact], Loader());
        await _services.GetRequiredService<Microsoft.Extensions.Caching.Distributed.IDistributedCache>()
            .SetAsync($"entity:Product:{broken}", "{not json"u8.ToArray(), new() { AbsoluteExpirationRelativeToNow = TimeToLive });
        _loads.Clear();

        var result = await Cache.GetOrLoadAsync("Product", [broken, intact], Loader());
        var again = await Cache.GetOrLoadAsync("Product", [broken, intact], Loader());

        _loads.Should().ContainSingle().Which.Should().Equal(broken);
        result[broken].Price.Should().Be(9.5m);
        again.Should().BeEquivalentTo(result);
    }

    [Fact]
    public async Task Over_The_In_Memory_Cache_A_Second_Lookup_Should_Be_Answered_From_The_Cache()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGraphRedis((string?)null);
        services.Configure<EntityCacheOptions>(o => o.EntityTimeToLive = TimeToLive);
        services.AddSingleton<IEntityCache, DistributedEntityCache>();
        await using var provider = services.BuildServiceProvider();
        var memory = provider.GetRequiredService<IEntityCache>();
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };

        await memory.GetOrLoadAsync("Product", ids[..2], Loader());
        var result = await memory.GetOrLoadAsync("Product", ids, Loader());

        _loads.Should().HaveCount(2);
        _loads[1].Should().Equal(ids[2]);
        result.Keys.Should().BeEquivalentTo(ids);
    }

    /// <summary>How often the class's redis-server has run GET and MGET (INFO commandstats).</summary>
    private static async Task<(long Get, long Mget)> CommandCallsAsync(RedisClient client)
    {
        var info = (await client.ExecuteAsync(["INFO", "commandstats"])).AsString() ?? "";
        return (Calls(info, "get"), Calls(info, "mget"));
    }

    private static long Calls(string info, string command)
    {
        var prefix = $"cmdstat_{command}:calls=";
        foreach (var line in info.Split('\n'))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = line[prefix.Length..];
                return long.Parse(rest[..rest.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public sealed record Product(Guid Id, string Name, decimal Price);
}
