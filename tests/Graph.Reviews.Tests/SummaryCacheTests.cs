using System.Text.Json;
using FluentAssertions;
using Graph.Reviews.Domain;
using Graph.Reviews.Tests.Support;
using Graph.ServiceDefaults.Caching;
using Graph.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Reviews.Tests;

/// <summary>
/// Rating summaries are cached in Redis (entity cache) and every review change evicts its product's summary, so the
/// next read is current; each change writes <c>review.changed</c> (docs/events.md) through the outbox.
/// </summary>
[Collection(ReviewsCollection.Name)]
public sealed class SummaryCacheTests(ReviewsFixture system)
{
    [Fact]
    public async Task A_Read_Summary_Should_Be_Served_From_The_Cache()
    {
        var product = Guid.NewGuid();
        var (_, token) = system.NewCustomer();
        await system.Reviews.AddAsync(token, product, 4);

        // The change is evicted twice: right after its commit and again when this service consumes its own
        // review.changed from Kafka, which may land after a first read. So read, then look in the cache, until the
        // second eviction has passed: from then on a read summary must stay cached.
        var cache = system.Reviews.Services.GetRequiredService<IEntityCache>();
        var (_, cached) = await Eventually.UntilAsync(
            async () =>
            {
                await system.Reviews.SummaryAsync(product);
                var misses = 0;
                var entries = await cache.GetOrLoadAsync<Guid, RatingSummary>("RatingSummary", [product], (_, _) =>
                {
                    misses++;
                    return Task.FromResult<IReadOnlyDictionary<Guid, RatingSummary>>(new Dictionary<Guid, RatingSummary>());
                });
                return (misses, entries);
            },
            result => result.misses == 0,
            "the summary read through GraphQL to be in the cache");
        cached[product].Count.Should().Be(1);
    }

    [Fact]
    public async Task Every_Review_Change_Should_Evict_The_Cached_Summary_Of_Its_Product()
    {
        var product = Guid.NewGuid();
        var (_, alice) = system.NewCustomer();
        var (_, bob) = system.NewCustomer();
        var admin = system.AdminToken();
        var aliceReview = await system.Reviews.AddAsync(alice, product, 4);
        (await system.Reviews.SummaryAsync(product)).Should().BeEquivalentTo((4.0, 1, new[] { 0, 0, 0, 1, 0 }));

        var bobReview = await system.Reviews.AddAsync(bob, product, 1);
        (await system.Reviews.SummaryAsync(product)).Should().BeEquivalentTo((2.5, 2, new[] { 1, 0, 0, 1, 0 }));

        using (var edit = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = aliceReview, rating = 5 } }, alice))
        {
            edit.Get("editReview", "errors").GetArrayLength().Should().Be(0, edit.Body);
        }

        (await system.Reviews.SummaryAsync(product)).Should().BeEquivalentTo((3.0, 2, new[] { 1, 0, 0, 0, 1 }));

        using (var hide = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = bobReview } }, admin))
        {
            hide.Get("hideReview", "errors").GetArrayLength().Should().Be(0, hide.Body);
        }

        (await system.Reviews.SummaryAsync(product)).Should().BeEquivalentTo((5.0, 1, new[] { 0, 0, 0, 0, 1 }));

        using (var delete = await system.Reviews.PostAsync(ReviewsApi.DeleteReview, new { input = new { reviewId = aliceReview } }, alice))
        {
            delete.Get("deleteReview", "errors").GetArrayLength().Should().Be(0, delete.Body);
        }

        (await system.Reviews.SummaryAsync(product)).Should().BeEquivalentTo(((double?)null, 0, new[] { 0, 0, 0, 0, 0 }));
    }

    [Fact]
    public async Task Each_Change_Should_Publish_Review_Changed_With_Its_Kind()
    {
        var product = Guid.NewGuid();
        var (author, token) = system.NewCustomer();
        var id = await system.Reviews.AddAsync(token, product, 3);
        using (var edit = await system.Reviews.PostAsync(ReviewsApi.EditReview, new { input = new { reviewId = id, rating = 2, body = "Changed my mind." } }, token))
        {
            edit.Get("editReview", "errors").GetArrayLength().Should().Be(0, edit.Body);
        }

        using (var hide = await system.Reviews.PostAsync(ReviewsApi.HideReview, new { input = new { reviewId = id } }, system.AdminToken()))
        {
            hide.Get("hideReview", "errors").GetArrayLength().Should().Be(0, hide.Body);
        }

        var events = await ReadEventsAsync(product, 3);

        events.Select(e => e.GetProperty("kind").GetString()).Should().Equal("created", "edited", "hidden");
        events.Select(e => e.GetProperty("rating").GetInt32()).Should().Equal(3, 2, 2);
        events.Should().AllSatisfy(e =>
        {
            e.GetProperty("reviewId").GetGuid().Should().Be(id);
            e.GetProperty("authorId").GetGuid().Should().Be(author);
            e.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal($"Review:{id}", $"RatingSummary:{product}");
        });
    }

    /// <summary>The <c>data</c> of the <c>review.changed.v1</c> events of one product, waiting for <paramref name="count"/> of them.</summary>
    private async Task<IReadOnlyList<JsonElement>> ReadEventsAsync(Guid product, int count)
    {
        var result = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (result.Count < count && DateTime.UtcNow < deadline)
        {
            // Reads the whole topic (other tests' events too) and keeps this product's.
            var records = await system.Kafka.ConsumeAsync("review.changed", int.MaxValue, TimeSpan.FromSeconds(2));
            result = records
                .Where(r => r.Key == product.ToString())
                .Select(r => JsonDocument.Parse(r.Text).RootElement)
                .Where(e => e.GetProperty("type").GetString() == "review.changed.v1")
                .Select(e => e.GetProperty("data").Clone())
                .ToList();
        }

        result.Should().HaveCount(count);
        return result;
    }
}
