using FluentAssertions;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Graph.Recommendations.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Recommendations.Tests;

/// <summary>
/// The projection of Orders' and Reviews' events (issue 8): duplicate and out-of-order delivery leave the state of one
/// in-order delivery; refunded and cancelled orders stop counting; <c>rebuild</c> recomputes the same state.
/// </summary>
public sealed class ProjectionTests(RecommendationsFixture system) : IClassFixture<RecommendationsFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly UpstreamEvents _events = new(system);

    /// <summary>One event of a story: produced by <see cref="DeliverAsync"/> with a fixed envelope id and time.</summary>
    private sealed record StoryEvent(Func<Guid, Task<Guid>> Produce, Guid EnvelopeId);

    /// <summary>The ids of one copy of the story; the same story with other ids must end in the same state.</summary>
    private sealed record World(Guid[] Users, Guid[] Products, Guid[] Orders, Guid[] Reviews)
    {
        public static World New() => new(NewIds(4), NewIds(6), NewIds(7), NewIds(3));

        private static Guid[] NewIds(int n) => Enumerable.Range(0, n).Select(_ => Guid.NewGuid()).ToArray();

        /// <summary>A world-independent name for each id: u0, p3, o2, r1.</summary>
        public string Normalize(string row)
        {
            foreach (var (ids, prefix) in new[] { (Users, "u"), (Products, "p"), (Orders, "o"), (Reviews, "r") })
            {
                for (var i = 0; i < ids.Length; i++)
                {
                    row = row.Replace(ids[i].ToString(), prefix + i, StringComparison.Ordinal);
                }
            }

            return row;
        }

        public bool Owns(string row) => Users.Concat(Products).Concat(Orders).Any(id => row.Contains(id.ToString(), StringComparison.Ordinal));
    }

    /// <summary>
    /// The story: a shipped and delivered order; a paid order; one paid then cancelled and refunded; one cancelled
    /// before payment; one paid then refunded; and ratings created, edited and deleted.
    /// </summary>
    private List<StoryEvent> Story(World w)
    {
        var (u, p, o, r) = (w.Users, w.Products, w.Orders, w.Reviews);
        var events = new List<StoryEvent>();
        var minute = 0;
        void Created(int order, int user, params int[] products)
        {
            var at = T0.AddMinutes(minute++);
            events.Add(new(id => _events.OrderCreatedAsync(o[order], u[user], products.Select(i => p[i]), id, at), Guid.NewGuid()));
        }

        void Status(int order, int user, string status, string previous)
        {
            var at = T0.AddMinutes(minute++);
            events.Add(new(id => _events.StatusAsync(o[order], u[user], status, previous, id, at), Guid.NewGuid()));
        }

        void Review(int review, int user, int product, int rating, string kind)
        {
            var at = T0.AddMinutes(minute++);
            events.Add(new(id => _events.ReviewChangedAsync(r[review], p[product], u[user], rating, kind, at, id), Guid.NewGuid()));
        }

        Created(0, 0, 0, 1); Status(0, 0, "PAID", "PENDING"); Status(0, 0, "SHIPPED", "PAID"); Status(0, 0, "DELIVERED", "SHIPPED");
        Created(1, 1, 0, 1, 2); Status(1, 1, "PAID", "PENDING");
        Created(2, 1, 2, 3); Status(2, 1, "PAID", "PENDING"); Status(2, 1, "CANCELLED", "PAID"); Status(2, 1, "REFUNDED", "CANCELLED");
        Created(3, 2, 1, 3); Status(3, 2, "PAID", "PENDING");
        Created(4, 2, 4); Status(4, 2, "CANCELLED", "PENDING");
        Created(5, 3, 0, 5); Status(5, 3, "PAID", "PENDING"); Status(5, 3, "REFUNDED", "PAID");
        Created(6, 0, 2); Status(6, 0, "PAID", "PENDING");
        Review(0, 0, 3, 5, "created"); Review(0, 0, 3, 2, "edited");
        Review(1, 2, 5, 4, "created"); Review(1, 2, 5, 4, "deleted");
        Review(2, 3, 0, 5, "created");
        return events;
    }

    private async Task DeliverAsync(IEnumerable<StoryEvent> events)
    {
        var ids = new HashSet<Guid>();
        foreach (var e in events)
        {
            ids.Add(await e.Produce(e.EnvelopeId));
        }

        await system.WaitProcessedAsync(ids);
    }

    private async Task<IReadOnlyList<string>> StateOfAsync(World world) =>
        (await system.DerivedStateAsync()).Where(world.Owns).Select(world.Normalize).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Duplicate_And_Out_Of_Order_Events_Should_Leave_The_State_Of_One_In_Order_Delivery()
    {
        var inOrder = World.New();
        await DeliverAsync(Story(inOrder));

        var shuffledWorld = World.New();
        var story = Story(shuffledWorld);
        // Every event twice (same envelope id: the inbox skips it), newest first, then shuffled, and the first five
        // again under new envelope ids (a producer retry: only the idempotent projection can tell).
        var shuffled = story.AsEnumerable().Reverse()
            .Concat(story.OrderBy(_ => Random.Shared.Next()))
            .Concat(story.Take(5).Select(e => e with { EnvelopeId = Guid.NewGuid() }));
        await DeliverAsync(shuffled);

        var expected = await StateOfAsync(inOrder);
        (await StateOfAsync(shuffledWorld)).Should().Equal(expected);
        expected.Should().Contain(
        [
            // u1 bought p2 twice but the order with p3 was refunded: one order of p2 left, and no pair p2-p3 from u1.
            "user_product|u1|p2|1",
            // p0-p1: u0 and u1 (u3's order with p0 was refunded); p1-p3: only u2.
            "co_purchase|p0|p1|2", "co_purchase|p1|p0|2", "co_purchase|p1|p3|1",
            // The edited rating is the latest; the deleted review counts no more.
            "rating|u0|p3|2", "rating|u2|p5|",
        ]);
        expected.Should().NotContain(row => row.StartsWith("co_purchase|p2|p3", StringComparison.Ordinal), "u1's only order with p3 was refunded");
        expected.Should().NotContain(row => row.Contains("|o2|", StringComparison.Ordinal) || row.Contains("|o4|", StringComparison.Ordinal) || row.Contains("|o5|", StringComparison.Ordinal),
            "refunded and cancelled orders are no purchases");
        expected.Should().NotContain(row => row.Contains("|p4|", StringComparison.Ordinal) || row.StartsWith("sales|p5", StringComparison.Ordinal));
        // The shipped and delivered order was bought when it was paid.
        expected.Should().Contain(row => row.StartsWith("purchase|o0|p0|u0|", StringComparison.Ordinal) && row.Contains("12:01:00", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rebuild_Should_Recompute_The_Same_Derived_State_From_The_Stored_Facts()
    {
        await DeliverAsync(Story(World.New()));
        var before = await system.DerivedStateAsync();
        // Damage the derived tables: the rebuild must not depend on them.
        await system.RowsAsync("UPDATE co_purchases SET users = users + 7");
        await system.RowsAsync("DELETE FROM user_products WHERE ctid IN (SELECT ctid FROM user_products LIMIT 2)");

        await using (var scope = system.Recommendations.Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RecommendationsDb>>().CreateDbContextAsync())
        {
            var counts = await RebuildCommand.RebuildAsync(db, CancellationToken.None);
            counts.CoPurchases.Should().BeGreaterThan(0);
        }

        (await system.DerivedStateAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task A_Refund_Should_Take_The_Order_Out_Of_Product_Recommended()
    {
        var (user, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var order = Guid.NewGuid();
        await system.WaitProcessedAsync(await _events.PaidOrderAsync(user, [a, b], orderId: order));
        (await system.Recommendations.RecommendedAsync(a)).Should().Equal(b);

        await system.WaitProcessedAsync([await _events.StatusAsync(order, user, "REFUNDED", "PAID")]);

        (await system.Recommendations.RecommendedAsync(a)).Should().BeEmpty();
    }
}
