using System.Text;
using FluentAssertions;
using Graph.Testing.Redis;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class CacheTests(RedisServerFixture redis) : IAsyncLifetime
{
    private readonly RedisClient _client = redis.CreateClient();
    private readonly string _k = $"cache:{Guid.NewGuid():N}:";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [Fact]
    public async Task Distributed_Cache_Should_Store_Read_And_Remove()
    {
        IDistributedCache cache = new RedisDistributedCache(_client);

        await cache.SetStringAsync(_k + "a", "value");
        (await cache.GetStringAsync(_k + "a")).Should().Be("value");

        await cache.RemoveAsync(_k + "a");
        (await cache.GetStringAsync(_k + "a")).Should().BeNull();
    }

    [Fact]
    public void Distributed_Cache_Sync_Members_Should_Work_For_Old_Callers()
    {
        IDistributedCache cache = new RedisDistributedCache(_client);

        cache.Set(_k + "sync", [1, 2, 3], new DistributedCacheEntryOptions());
        cache.Refresh(_k + "sync");

        cache.Get(_k + "sync").Should().Equal(1, 2, 3);
        cache.Remove(_k + "sync");
        cache.Get(_k + "sync").Should().BeNull();
    }

    [Fact]
    public async Task Absolute_Expiration_Should_Become_The_Key_Ttl()
    {
        var cache = new RedisDistributedCache(_client);

        await cache.SetStringAsync(_k + "abs", "v", new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2) });

        (await _client.TimeToLiveAsync(_k + "abs")).Should().BeGreaterThan(TimeSpan.FromSeconds(100)).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(2));
    }

    [Fact]
    public async Task Sliding_Expiration_Should_Be_Pushed_Forward_By_A_Read()
    {
        var cache = new RedisDistributedCache(_client);
        await cache.SetStringAsync(_k + "slide", "v", new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });

        // Pretend most of the window has passed, then read.
        await _client.ExpireAsync(_k + "slide", TimeSpan.FromSeconds(5));
        (await cache.GetStringAsync(_k + "slide")).Should().Be("v");

        (await _client.TimeToLiveAsync(_k + "slide")).Should().BeGreaterThan(TimeSpan.FromMinutes(9));
    }

    [Fact]
    public async Task Sliding_Expiration_Should_Not_Outlive_The_Absolute_One()
    {
        var cache = new RedisDistributedCache(_client);

        await cache.SetStringAsync(_k + "both", "v", new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(10),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1),
        });
        await cache.RefreshAsync(_k + "both");

        (await _client.TimeToLiveAsync(_k + "both")).Should().BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Absolute_Expiration_In_The_Past_Should_Be_Rejected()
    {
        var cache = new RedisDistributedCache(_client);

        var act = () => cache.SetAsync(_k + "past", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = DateTimeOffset.UtcNow.AddMinutes(-1) });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Value_Written_By_Another_Client_Should_Not_Be_Misread()
    {
        var cache = new RedisDistributedCache(_client);
        await _client.SetAsync(_k + "foreign", "plain text");

        (await cache.GetAsync(_k + "foreign")).Should().BeNull("a value without our header is not a cache entry");
    }

    [Fact]
    public async Task GetOrSet_Should_Run_The_Factory_Once_For_Concurrent_Callers()
    {
        ITypedCache cache = new DistributedTypedCache(new RedisDistributedCache(_client));
        var calls = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var readers = Enumerable.Range(0, 20).Select(_ => cache.GetOrSetAsync(_k + "product:1", async _ =>
        {
            Interlocked.Increment(ref calls);
            await gate.Task;
            return new Product(1, "Lamp");
        }, TimeSpan.FromMinutes(1))).ToArray();
        gate.SetResult();

        var products = await Bounded.WaitAsync(Task.WhenAll(readers), "the concurrent GetOrSet calls");
        products.Should().AllBeEquivalentTo(new Product(1, "Lamp"));
        calls.Should().Be(1);

        (await cache.GetOrSetAsync<Product>(_k + "product:1", _ => throw new InvalidOperationException("cached"), TimeSpan.FromMinutes(1)))
            .Should().Be(new Product(1, "Lamp"));
        (await cache.GetAsync<Product>(_k + "product:1")).Should().Be(new Product(1, "Lamp"));
        await cache.RemoveAsync(_k + "product:1");
        (await cache.GetAsync<Product>(_k + "product:1")).Should().BeNull();
    }

    [Fact]
    public async Task AddGraphRedis_Should_Register_Redis_Services_For_A_Connection_String()
    {
        var services = new ServiceCollection().AddGraphRedis(redis.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IDistributedCache>().Should().BeOfType<RedisDistributedCache>();
        provider.GetRequiredService<IMessageBus>().Should().BeOfType<RedisMessageBus>();
        var cache = provider.GetRequiredService<ITypedCache>();
        await cache.SetAsync(_k + "di", new Product(2, "Desk"), TimeSpan.FromMinutes(1));

        (await _client.GetAsync(_k + "di")).Should().NotBeNull("the DI client writes under the same prefix");
    }

    [Fact]
    public async Task AddGraphRedis_Without_Connection_String_Should_Fall_Back_To_Memory()
    {
        var services = new ServiceCollection().AddGraphRedis((string?)null);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IDistributedCache>().Should().BeOfType<MemoryDistributedCache>();
        provider.GetRequiredService<IMessageBus>().Should().BeOfType<InMemoryMessageBus>();
        var cache = provider.GetRequiredService<ITypedCache>();
        (await cache.GetOrSetAsync("k", _ => Task.FromResult(Encoding.UTF8.GetBytes("x").Length), TimeSpan.FromMinutes(1))).Should().Be(1);
        (await cache.GetAsync<int>("k")).Should().Be(1);
    }

    private sealed record Product(int Id, string Name);
}
