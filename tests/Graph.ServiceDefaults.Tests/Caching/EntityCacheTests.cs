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

    public sealed record Product(Guid Id, string Name, decimal Price);
}
