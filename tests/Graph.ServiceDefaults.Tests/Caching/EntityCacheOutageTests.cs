using FluentAssertions;
using Graph.Redis;
using Graph.ServiceDefaults.Caching;
using Graph.Testing.Redis;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Caching;

public sealed class EntityCacheOutageTests
{
    [Fact]
    public async Task With_Redis_Down_Lookups_Should_Go_To_The_Loader_And_Evictions_Should_Fail_For_A_Retry()
    {
        await using var redis = await RedisServerFixture.StartDedicatedAsync();
        var services = new ServiceCollection().AddLogging();
        services.AddGraphRedis(redis.ConnectionString + ",connectTimeout=300,commandTimeout=300");
        services.AddSingleton<IEntityCache, DistributedEntityCache>();
        await using var provider = services.BuildServiceProvider();
        var cache = provider.GetRequiredService<IEntityCache>();
        var id = Guid.NewGuid();
        var loads = 0;
        Task<IReadOnlyDictionary<Guid, string>> Load(IReadOnlyList<Guid> ids, CancellationToken ct)
        {
            loads++;
            return Task.FromResult<IReadOnlyDictionary<Guid, string>>(ids.ToDictionary(i => i, i => $"entity {i}"));
        }

        await cache.GetOrLoadAsync<Guid, string>("Product", [id], Load);
        await redis.StopServerAsync();

        var during = await cache.GetOrLoadAsync<Guid, string>("Product", [id], Load);
        var evict = () => cache.EvictAsync([$"Product:{id}"]);

        during[id].Should().Be($"entity {id}");
        loads.Should().Be(2);
        await evict.Should().ThrowAsync<Exception>();
    }
}
