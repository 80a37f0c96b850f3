using FluentAssertions;
using Graph.Messaging;
using Graph.ServiceDefaults.Caching;
using Graph.ServiceDefaults.Tests.TestService;
using Graph.Testing.Kafka;
using Graph.Testing.Redis;
using Graph.Testing.Services;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Caching;

public sealed class EntityCacheEvictionTests(RedisServerFixture redis, KafkaFixture kafka) : IClassFixture<RedisServerFixture>, IClassFixture<KafkaFixture>
{
    [Fact]
    public async Task A_Changed_Event_Written_Through_The_Outbox_Should_Evict_The_Cached_Entity()
    {
        await using var database = await MissingDatabase.CreateAsync();
        await using var host = await ServiceHost.StartAsync(a => NotesService.Build(a), new Dictionary<string, string?>
        {
            ["ConnectionStrings:notes"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = redis.ConnectionString,
            ["Kafka:BootstrapServers"] = kafka.BootstrapServers,
            ["Kafka:Consumer:SessionTimeout"] = "00:00:06",
        });
        var cache = host.Services.GetRequiredService<IEntityCache>();
        var store = host.Services.GetRequiredService<IDistributedCache>();
        var noteId = Guid.NewGuid();
        var cacheKey = DistributedEntityCache.CacheKey("Note", noteId);
        var note = new Note { Id = noteId, Text = "Before" };
        await cache.GetOrLoadAsync<Guid, Note>("Note", [noteId], (_, _) => Task.FromResult<IReadOnlyDictionary<Guid, Note>>(new Dictionary<Guid, Note> { [noteId] = note }));
        (await store.GetAsync(cacheKey)).Should().NotBeNull();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDb>();
            db.Notes.Add(new Note { Id = noteId, Text = "After" });
            db.AddIntegrationEvent(new NotesChanged(noteId));
            await db.SaveChangesAsync();
        }

        // Relay -> Kafka -> the notes-entity-cache consumer -> eviction; a deadline, not a timing expectation.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await store.GetAsync(cacheKey) is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        (await store.GetAsync(cacheKey)).Should().BeNull("the notes.changed event should have evicted the entry");
        var records = await kafka.ConsumeAsync(NotesService.Topic, 1);
        records.Should().ContainSingle().Which.Key.Should().Be(noteId.ToString());
    }
}
