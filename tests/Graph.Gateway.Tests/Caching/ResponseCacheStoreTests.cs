using System.Text;
using FluentAssertions;
using Graph.Gateway.Caching;
using Graph.Redis;
using Graph.Testing.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.Gateway.Tests.Caching;

/// <summary>The response cache's entries and tags in a real Redis (its own redis-server).</summary>
public sealed class ResponseCacheStoreTests : IAsyncLifetime
{
    private readonly RedisServerFixture _redis = new();
    private RedisClient? _client;
    private ResponseCache? _cache;

    private ResponseCache Cache => _cache!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _client = _redis.CreateClient(o => o.ConnectTimeout = TimeSpan.FromSeconds(1));
        var options = Options.Create(new ResponseCacheOptions());
        _cache = new ResponseCache(new ResponseCacheStore(_client, options, TimeProvider.System), options, TimeProvider.System, NullLogger<ResponseCache>.Instance);
    }

    public async Task DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task A_Stored_Entry_Should_Be_Read_Back_With_Its_Remaining_Age()
    {
        var (_, generation) = await Cache.TryGetAsync("k1", default);

        await Cache.TryStoreAsync("k1", Encoding.UTF8.GetBytes("""{"a":1}"""), 60, ["Product:1"], generation!, default);
        var (entry, _) = await Cache.TryGetAsync("k1", default);

        Encoding.UTF8.GetString(entry!.Data.Span).Should().Be("""{"a":1}""");
        entry.RemainingSeconds.Should().BeInRange(1, 60);
    }

    [Fact]
    public async Task Evicting_A_Tag_Should_Remove_Every_Entry_Tagged_With_It_And_Only_Those()
    {
        var (_, generation) = await Cache.TryGetAsync("k2", default);
        await Cache.TryStoreAsync("k2", "{}"u8.ToArray(), 60, ["Product:2", "User:9"], generation!, default);
        await Cache.TryStoreAsync("k3", "{}"u8.ToArray(), 60, ["User:9"], generation!, default);
        await Cache.TryStoreAsync("k4", "{}"u8.ToArray(), 60, ["Product:4"], generation!, default);

        var removed = await Cache.EvictAsync(["User:9"], default);

        removed.Should().Be(2);
        (await Cache.TryGetAsync("k2", default)).Entry.Should().BeNull();
        (await Cache.TryGetAsync("k3", default)).Entry.Should().BeNull();
        (await Cache.TryGetAsync("k4", default)).Entry.Should().NotBeNull();
    }

    [Fact]
    public async Task A_Tag_Alias_Should_Evict_The_Aliased_Entity_Too()
    {
        var (_, generation) = await Cache.TryGetAsync("k5", default);
        await Cache.TryStoreAsync("k5", "{}"u8.ToArray(), 60, ["Product:5"], generation!, default);

        await Cache.EvictAsync(["Review:77", "RatingSummary:5"], default);

        (await Cache.TryGetAsync("k5", default)).Entry.Should().BeNull("review.changed names RatingSummary:<productId>, which evicts Product:<productId>");
    }

    [Fact]
    public async Task A_Response_Computed_Before_An_Eviction_Should_Not_Be_Stored_After_It()
    {
        var (_, generation) = await Cache.TryGetAsync("k6", default);

        await Cache.EvictAsync(["Product:6"], default);
        await Cache.TryStoreAsync("k6", "{}"u8.ToArray(), 60, ["Product:6"], generation!, default);

        (await Cache.TryGetAsync("k6", default)).Entry.Should().BeNull();
    }

    [Fact]
    public async Task A_Response_Naming_An_Entity_Evicted_Moments_Ago_Should_Not_Be_Stored_Until_It_Settles()
    {
        // The subgraph's own cache is evicted by the same event through its own consumer, maybe a moment later: a
        // response computed right after the gateway's eviction may still hold the old value.
        await Cache.EvictAsync(["Product:8"], default);
        var (_, generation) = await Cache.TryGetAsync("k8", default);

        await Cache.TryStoreAsync("k8", "{}"u8.ToArray(), 60, ["Product:8"], generation!, default);
        await Cache.TryStoreAsync("k9", "{}"u8.ToArray(), 60, ["Product:9"], generation!, default);

        (await Cache.TryGetAsync("k8", default)).Entry.Should().BeNull("Product:8 is still settling");
        (await Cache.TryGetAsync("k9", default)).Entry.Should().NotBeNull("other entities are cached as before");
    }

    [Fact]
    public async Task With_Redis_Down_Reads_Should_Miss_And_Writes_Should_Be_Skipped_Without_Failing()
    {
        await _redis.StopServerAsync();
        try
        {
            var (entry, generation) = await Cache.TryGetAsync("k7", default);
            await Cache.TryStoreAsync("k7", "{}"u8.ToArray(), 60, ["Product:7"], "0", default);

            entry.Should().BeNull();
            generation.Should().BeNull("nothing is stored when the generation could not be read");
            var evict = () => Cache.EvictAsync(["Product:7"], default);
            await evict.Should().ThrowAsync<Exception>("the eviction consumer retries a failed eviction");
        }
        finally
        {
            await _redis.StartServerAsync();
        }
    }
}
