using FluentAssertions;
using Graph.Testing.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Redis.Tests;

/// <summary><see cref="IDistributedCacheBatchReader"/>: many keys in one MGET, read exactly as GetAsync reads each.</summary>
[Collection(RedisCollection.Name)]
public sealed class CacheBatchReadTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly RedisClient _client = redis.CreateClient();
    private readonly string _k = $"batch:{Guid.NewGuid():N}:";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [Fact]
    public async Task GetMany_Should_Return_Each_Value_In_Key_Order_With_Null_For_Missing_And_Foreign_Values()
    {
        var cache = new RedisDistributedCache(_client);
        await cache.SetAsync(_k + "a", [1], new DistributedCacheEntryOptions());
        await cache.SetAsync(_k + "c", [3, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        await _client.SetAsync(_k + "foreign", "plain text");

        var values = await cache.GetManyAsync([_k + "c", _k + "missing", _k + "a", _k + "foreign"]);

        values.Should().HaveCount(4);
        values[0].Should().Equal(3, 3);
        values[1].Should().BeNull();
        values[2].Should().Equal(1);
        values[3].Should().BeNull("a value without our header is not a cache entry");
    }

    [Fact]
    public async Task GetMany_Should_Treat_An_Entry_Past_Its_Absolute_Expiry_As_Missing()
    {
        var clock = new SettableTime(DateTimeOffset.UtcNow);
        var cache = new RedisDistributedCache(_client, clock);
        await cache.SetAsync(_k + "soon", [7], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        await cache.SetAsync(_k + "later", [8], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });

        // The key's Redis TTL has not run out yet; the entry's own absolute expiry has.
        clock.Now += TimeSpan.FromMinutes(2);
        var values = await cache.GetManyAsync([_k + "soon", _k + "later"]);

        values[0].Should().BeNull();
        values[1].Should().Equal(8);
        (await cache.GetAsync(_k + "soon")).Should().BeNull("GetMany and Get agree");
    }

    [Fact]
    public async Task GetMany_Should_Push_Sliding_Expirations_Forward_Like_Get()
    {
        var cache = new RedisDistributedCache(_client);
        await cache.SetAsync(_k + "slide", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });
        await cache.SetAsync(_k + "fixed", [2], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10) });
        await _client.ExpireAsync(_k + "slide", TimeSpan.FromSeconds(5));
        await _client.ExpireAsync(_k + "fixed", TimeSpan.FromSeconds(5));

        var values = await cache.GetManyAsync([_k + "slide", _k + "fixed"]);

        values.Should().AllSatisfy(v => v.Should().NotBeNull());
        (await _client.TimeToLiveAsync(_k + "slide")).Should().BeGreaterThan(TimeSpan.FromMinutes(9));
        (await _client.TimeToLiveAsync(_k + "fixed")).Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(5), "an absolute-only entry is not refreshed");
    }

    [Fact]
    public async Task GetMany_Should_Send_One_Mget_For_All_Keys()
    {
        var cache = new RedisDistributedCache(_client);
        var keys = Enumerable.Range(0, 20).Select(i => _k + "many:" + i).ToArray();
        foreach (var key in keys)
        {
            await cache.SetAsync(key, [1], new DistributedCacheEntryOptions());
        }

        var before = await CommandCallsAsync();
        var values = await cache.GetManyAsync(keys);
        var after = await CommandCallsAsync();

        values.Should().HaveCount(20).And.AllSatisfy(v => v.Should().Equal(1));
        (after.Mget - before.Mget).Should().Be(1);
        (after.Get - before.Get).Should().Be(0);
    }

    [Fact]
    public async Task GetMany_Of_No_Keys_Should_Return_Nothing()
    {
        var cache = new RedisDistributedCache(_client);

        (await cache.GetManyAsync([])).Should().BeEmpty();
    }

    [Fact]
    public async Task The_Extension_Should_Read_Key_By_Key_From_A_Cache_Without_A_Batch_Read()
    {
        IDistributedCache memory = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        await memory.SetAsync("a", [1]);
        await memory.SetAsync("b", [2]);

        var values = await memory.GetManyAsync(["b", "none", "a"]);

        values.Should().HaveCount(3);
        values[0].Should().Equal(2);
        values[1].Should().BeNull();
        values[2].Should().Equal(1);
    }

    /// <summary>How often this server has run GET and MGET (INFO commandstats; other test classes use other keys).</summary>
    private async Task<(long Get, long Mget)> CommandCallsAsync()
    {
        var info = (await _client.ExecuteAsync(["INFO", "commandstats"])).AsString() ?? "";
        return (Calls(info, "get"), Calls(info, "mget"));
    }

    private static long Calls(string info, string command)
    {
        foreach (var line in info.Split('\n'))
        {
            var prefix = $"cmdstat_{command}:calls=";
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = line[prefix.Length..];
                return long.Parse(rest[..rest.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
