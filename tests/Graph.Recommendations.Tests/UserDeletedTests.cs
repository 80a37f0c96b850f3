using FluentAssertions;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Graph.Recommendations.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Recommendations.Tests;

/// <summary>
/// <c>user.deleted</c> (docs/events.md, README "Erasure"): the user's purchase and rating facts are deleted, the derived
/// rows they fed are taken back, a second delivery changes nothing, and events of the user arriving after the
/// deletion are ignored, so the end state does not depend on the delivery order.
/// </summary>
public sealed class UserDeletedTests(RecommendationsFixture system) : IClassFixture<RecommendationsFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly UpstreamEvents _events = new(system);

    [Fact]
    public async Task User_Deleted_Should_Delete_Their_Facts_And_Take_Their_Purchases_Out_Of_The_Aggregates()
    {
        var (erased, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var p = NewIds(3);
        var unpaidOrder = Guid.NewGuid();
        var processed = new List<Guid>();
        processed.AddRange(await _events.PaidOrderAsync(b, [p[0], p[1]]));
        processed.AddRange(await _events.PaidOrderAsync(erased, [p[0], p[1], p[2]]));
        processed.Add(await _events.OrderCreatedAsync(unpaidOrder, erased, [p[1]]));
        processed.Add(await _events.ReviewChangedAsync(Guid.NewGuid(), p[2], erased, 5, "created", T0));
        processed.AddRange(await _events.PaidOrderAsync(c, [p[1], p[2]]));
        await system.WaitProcessedAsync(processed);
        (await CoPurchasesAsync(p)).Should().Contain($"{p[0]}|{p[1]}|2", "before the deletion both b and the erased user bought p0 and p1");

        await system.WaitProcessedAsync([await _events.UserDeletedAsync(erased)]);

        (await RowsOfUserAsync(erased)).Should().BeEmpty();
        (await system.RowsAsync("SELECT count(*) FROM order_lines WHERE order_id = @p0", unpaidOrder)).Should().Equal("0");
        (await CoPurchasesAsync(p)).Should().BeEquivalentTo(
            $"{p[0]}|{p[1]}|1", $"{p[1]}|{p[0]}|1", $"{p[1]}|{p[2]}|1", $"{p[2]}|{p[1]}|1");
        (await system.RowsAsync("SELECT product_id, orders FROM product_sales WHERE product_id = ANY (@p0) ORDER BY orders DESC, product_id", p))
            .Should().BeEquivalentTo($"{p[0]}|1", $"{p[1]}|2", $"{p[2]}|1");
        (await system.RowsAsync("SELECT count(*) FROM erased_users WHERE user_id = @p0", erased)).Should().Equal("1");

        // The incremental take-back and a rebuild from the remaining facts agree.
        var incremental = await system.DerivedStateAsync();
        await RebuildAsync();
        (await system.DerivedStateAsync()).Should().Equal(incremental);

        // Nothing links the account to its history any more: it gets the cold start of a user never seen.
        var stranger = Guid.NewGuid();
        (await system.Recommendations.RecommendationsAsync(erased, system.TokenOf(erased), first: 50))
            .Should().Equal(await system.Recommendations.RecommendationsAsync(stranger, system.TokenOf(stranger), first: 50));
    }

    [Fact]
    public async Task User_Deleted_Delivered_Twice_Should_Change_Nothing()
    {
        var (erased, other) = (Guid.NewGuid(), Guid.NewGuid());
        var p = NewIds(2);
        var processed = new List<Guid>();
        processed.AddRange(await _events.PaidOrderAsync(erased, [p[0], p[1]]));
        processed.AddRange(await _events.PaidOrderAsync(other, [p[0], p[1]]));
        await system.WaitProcessedAsync(processed);
        var deletion = await _events.UserDeletedAsync(erased);
        await system.WaitProcessedAsync([deletion]);
        var afterFirst = await system.DerivedStateAsync();

        // The same envelope again (the inbox skips it) and a producer retry under a new id (the handler must be idempotent).
        await _events.UserDeletedAsync(erased, envelopeId: deletion);
        await system.WaitProcessedAsync([await _events.UserDeletedAsync(erased)]);

        (await system.DerivedStateAsync()).Should().Equal(afterFirst);
        (await CoPurchasesAsync(p)).Should().BeEquivalentTo($"{p[0]}|{p[1]}|1", $"{p[1]}|{p[0]}|1");
        (await system.RowsAsync("SELECT count(*) FROM erased_users WHERE user_id = @p0", erased)).Should().Equal("1");
    }

    [Fact]
    public async Task Events_Of_An_Erased_User_Arriving_After_The_Deletion_Should_Not_Bring_Their_Data_Back()
    {
        // The same story delivered twice: the user's events before the deletion, and (another copy) after it.
        var before = World.New();
        await system.WaitProcessedAsync(await StoryAsync(before));
        await system.WaitProcessedAsync([await _events.UserDeletedAsync(before.Erased)]);

        var late = World.New();
        await system.WaitProcessedAsync([await _events.UserDeletedAsync(late.Erased)]);
        await system.WaitProcessedAsync(await StoryAsync(late));

        (await RowsOfUserAsync(late.Erased)).Should().BeEmpty("the late events of an erased user are ignored");
        var expected = await StateOfAsync(before);
        (await StateOfAsync(late)).Should().Equal(expected);
        expected.Should().Contain(["co_purchase|p0|p1|1", "sales|p0|1"], "the other user's purchase still counts");
        expected.Should().NotContain(row => row.Contains("|p2|", StringComparison.Ordinal) || row.Contains("erased", StringComparison.Ordinal));
    }

    /// <summary>The erased user buys p0, p1, p2 (paid, then shipped) and rates p2; another user buys p0 and p1.</summary>
    private async Task<List<Guid>> StoryAsync(World w)
    {
        var (p, order) = (w.Products, Guid.NewGuid());
        return
        [
            await _events.OrderCreatedAsync(order, w.Erased, [p[0], p[1], p[2]], time: T0),
            await _events.StatusAsync(order, w.Erased, "PAID", "PENDING", time: T0.AddMinutes(1)),
            await _events.StatusAsync(order, w.Erased, "SHIPPED", "PAID", time: T0.AddMinutes(2)),
            await _events.ReviewChangedAsync(Guid.NewGuid(), p[2], w.Erased, 5, "created", T0.AddMinutes(3)),
            .. await _events.PaidOrderAsync(w.Other, [p[0], p[1]], paidAt: T0.AddMinutes(4), orderId: w.OtherOrder),
        ];
    }

    /// <summary>The ids of one copy of <see cref="StoryAsync"/>.</summary>
    private sealed record World(Guid Erased, Guid Other, Guid OtherOrder, Guid[] Products)
    {
        public static World New() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), NewIds(3));

        public bool Owns(string row) => Products.Append(Erased).Append(Other).Any(id => row.Contains(id.ToString(), StringComparison.Ordinal));

        public string Normalize(string row)
        {
            row = row.Replace(Erased.ToString(), "erased", StringComparison.Ordinal)
                .Replace(Other.ToString(), "other", StringComparison.Ordinal)
                .Replace(OtherOrder.ToString(), "o", StringComparison.Ordinal);
            for (var i = 0; i < Products.Length; i++)
            {
                row = row.Replace(Products[i].ToString(), "p" + i, StringComparison.Ordinal);
            }

            return row;
        }
    }

    private async Task<IReadOnlyList<string>> StateOfAsync(World world) =>
        (await system.DerivedStateAsync()).Where(world.Owns).Select(world.Normalize).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every fact or derived row that names <paramref name="userId"/>.</summary>
    private async Task<IReadOnlyList<string>> RowsOfUserAsync(Guid userId) =>
    [
        .. await system.RowsAsync("SELECT 'order', order_id FROM order_facts WHERE user_id = @p0", userId),
        .. await system.RowsAsync("SELECT 'rating', product_id FROM user_ratings WHERE user_id = @p0", userId),
        .. await system.RowsAsync("SELECT 'purchase', order_id FROM purchases WHERE user_id = @p0", userId),
        .. await system.RowsAsync("SELECT 'user_product', product_id FROM user_products WHERE user_id = @p0", userId),
    ];

    private Task<IReadOnlyList<string>> CoPurchasesAsync(Guid[] products) =>
        system.RowsAsync("SELECT product_id, other_product_id, users FROM co_purchases WHERE product_id = ANY (@p0) ORDER BY 1, 2", products);

    private async Task RebuildAsync()
    {
        await using var scope = system.Recommendations.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RecommendationsDb>>().CreateDbContextAsync();
        await RebuildCommand.RebuildAsync(db, CancellationToken.None);
    }

    private static Guid[] NewIds(int n) => Enumerable.Range(0, n).Select(_ => Guid.NewGuid()).ToArray();
}
