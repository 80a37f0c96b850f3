using FluentAssertions;
using Graph.Orders.Expiry;
using Graph.Orders.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>
/// An order still PENDING after <see cref="PendingOrderExpiryOptions.Timeout"/> (30 minutes) is cancelled like a
/// customer's <c>cancelOrder</c>, so its stock is released and its payment stopped. The tests age orders in the database
/// and run the sweep directly rather than waiting for the timer.
/// </summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class PendingOrderExpiryTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    private PendingOrderExpiry Expiry => system.Orders.Services.GetRequiredService<PendingOrderExpiry>();

    [Fact]
    public async Task An_Order_Pending_Longer_Than_The_Timeout_Should_Be_Cancelled_Once_With_An_Order_Status_Event()
    {
        var (_, _, stale) = await _api.PlacedOrderAsync();
        var (_, _, fresh) = await _api.PlacedOrderAsync();
        await AgeAsync(stale, TimeSpan.FromHours(1));

        await Expiry.SweepAsync(CancellationToken.None);
        await Expiry.SweepAsync(CancellationToken.None);

        (await _api.StatusAsync(stale)).Should().Be("CANCELLED");
        (await _api.StatusAsync(fresh)).Should().Be("PENDING", "a 30-minute timeout leaves a new order alone");
        (await system.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE type = 'order.status-changed.v1' AND key = @p0 AND payload LIKE '%\"status\":\"CANCELLED\"%'",
            stale.ToString())).Should().Be(1, "the second sweep finds nothing left to cancel");
        (await system.ScalarAsync<long>("SELECT count(*) FROM order_status_history WHERE order_id = @p0", stale)).Should().Be(2);
    }

    [Fact]
    public async Task An_Old_Order_That_Was_Paid_Should_Not_Be_Touched()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_old", amount = "1.00", currency = "USD" });
        await _api.WaitForStatusAsync(orderId, "PAID");
        await AgeAsync(orderId, TimeSpan.FromDays(2));

        await Expiry.SweepAsync(CancellationToken.None);

        (await _api.StatusAsync(orderId)).Should().Be("PAID");
    }

    [Fact]
    public async Task A_Payment_Outcome_Arriving_After_The_Expiry_Should_Not_Revive_The_Order()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();
        await AgeAsync(orderId, TimeSpan.FromHours(1));
        await Expiry.SweepAsync(CancellationToken.None);

        var late = Guid.NewGuid();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_late", amount = "1.00", currency = "USD" }, late);
        await system.WaitForInboxAsync(late);

        (await _api.StatusAsync(orderId)).Should().Be("CANCELLED", "CANCELLED -> PAID is not a legal move; Payments refunds such a charge");
    }

    private Task AgeAsync(Guid orderId, TimeSpan age) =>
        system.ExecuteAsync("UPDATE orders SET created_at = created_at - @p1 WHERE id = @p0", orderId, age);
}
