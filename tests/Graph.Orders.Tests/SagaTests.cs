using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.Orders.Tests.Support;
using Graph.Testing.Polling;
using Graph.Testing.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>Saga outcomes produced to Kafka move orders (docs/events.md step 4), once, and reach subscribers.</summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class SagaTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    [Fact]
    public async Task Payment_Succeeded_On_Kafka_Should_Make_The_Order_Paid_With_History_And_An_Order_Status_Event()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();

        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1", amount = "1.00", currency = "USD" });
        await _api.WaitForStatusAsync(orderId, "PAID");

        (await system.ScalarAsync<long>("SELECT count(*) FROM order_status_history WHERE order_id = @p0", orderId)).Should().Be(2);
        var payload = await system.ScalarAsync<string>("SELECT payload FROM outbox_messages WHERE type = 'order.status-changed.v1' AND key = @p0", orderId.ToString());
        payload.Should().Contain("\"status\":\"PAID\"").And.Contain("\"previousStatus\":\"PENDING\"");
    }

    [Fact]
    public async Task The_Same_Event_Delivered_Twice_Should_Change_The_Order_Once()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();
        var envelopeId = Guid.CreateVersion7();

        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" }, envelopeId);
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" }, envelopeId);
        // A later, different event on the same partition: once it is handled, both duplicates were too.
        var marker = Guid.CreateVersion7();
        await system.ProduceAsync("payment.event", "payment.failed.v1", orderId, new { orderId, paymentId = "pi_1", code = "card_declined", reason = "late" }, marker);
        await system.WaitForInboxAsync(marker);

        (await _api.StatusAsync(orderId)).Should().Be("PAID");
        (await system.ScalarAsync<long>("SELECT count(*) FROM order_status_history WHERE order_id = @p0 AND status = 'PAID'", orderId)).Should().Be(1);
        (await system.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'order.status-changed.v1' AND key = @p0", orderId.ToString())).Should().Be(1);
    }

    [Fact]
    public async Task An_Illegal_Transition_From_An_Event_Should_Be_Ignored_Without_Blocking_The_Next()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();

        // REFUNDED is only legal after CANCELLED of a paid order.
        await system.ProduceAsync("payment.event", "payment.refunded.v1", orderId, new { orderId, paymentId = "pi_1", amount = "1.00", currency = "USD" });
        await system.ProduceAsync("payment.event", "payment.failed.v1", orderId, new { orderId, paymentId = "pi_1", code = "card_declined", reason = "declined" });
        await _api.WaitForStatusAsync(orderId, "PAYMENT_FAILED");

        (await system.ScalarAsync<long>("SELECT count(*) FROM order_status_history WHERE order_id = @p0 AND status = 'REFUNDED'", orderId)).Should().Be(0);
    }

    [Fact]
    public async Task A_Paid_Order_Cancelled_By_Its_Owner_Should_Become_Refunded_On_Payment_Refunded()
    {
        var (_, token, orderId) = await _api.PlacedOrderAsync();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });
        await _api.WaitForStatusAsync(orderId, "PAID");

        using var cancelled = await system.Orders.PostAsync(
            "mutation($id: ID!) { cancelOrder(input: { orderId: $id }) { order { status } } }", new { id = orderId }, token);
        await system.ProduceAsync("payment.event", "payment.refunded.v1", orderId, new { orderId, paymentId = "pi_1", amount = "1.00", currency = "USD" });
        await _api.WaitForStatusAsync(orderId, "REFUNDED");

        cancelled.Get("cancelOrder", "order", "status").GetString().Should().Be("CANCELLED");
        var cancelEvent = await system.ScalarAsync<string>(
            "SELECT payload FROM outbox_messages WHERE type = 'order.status-changed.v1' AND key = @p0 AND payload LIKE '%\"status\":\"CANCELLED\"%'", orderId.ToString());
        cancelEvent.Should().Contain("\"previousStatus\":\"PAID\"");
    }

    [Fact]
    public async Task User_Deleted_Should_Erase_The_Email_Of_The_Users_Orders_And_Delete_The_Cart()
    {
        var (userId, token, orderId) = await _api.PlacedOrderAsync();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        var envelopeId = Guid.CreateVersion7();

        await system.Kafka.ProduceAsync("user.deleted", userId.ToString(), System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            specversion = "1.0", id = envelopeId, type = "user.deleted.v1", source = "/users", time = DateTimeOffset.UtcNow,
            subject = userId.ToString(), data = new { userId },
        })));
        await system.WaitForInboxAsync(envelopeId);

        (await system.ScalarAsync<string>("SELECT customer_email FROM orders WHERE id = @p0", orderId)).Should().BeEmpty();
        (await system.ScalarAsync<long>("SELECT count(*) FROM carts WHERE user_id = @p0", userId)).Should().Be(0);
    }

    [Fact]
    public async Task Inventory_Rejected_Should_Make_The_Order_Rejected()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();

        await system.ProduceAsync("inventory.event", "inventory.rejected.v1", orderId, new { orderId, reason = "out_of_stock", items = Array.Empty<object>() });

        await _api.WaitForStatusAsync(orderId, "REJECTED");
    }

    [Fact]
    public async Task A_Subscriber_Over_Sse_Should_See_Pending_Then_Paid_In_Order()
    {
        var (_, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        var bus = (RedisTopicEventBus)system.Orders.Services.GetRequiredService<ITopicEventReceiver>();
        var topicsBefore = bus.ActiveTopics;
        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, "subscription { myOrderUpdates { orderId status previousStatus order { total { amount currency } } } }", null, token);
        await Eventually.HoldsAsync(() => bus.ActiveTopics > topicsBefore, "the subscription to register its topic");

        using var checkout = await _api.CheckoutAsync(token, "key-" + Guid.NewGuid());
        var orderId = checkout.Get("checkout", "order", "id").GetGuid();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });

        var first = await subscription.NextAsync();
        var second = await subscription.NextAsync();
        first.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("status").GetString().Should().Be("PENDING");
        second.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("status").GetString().Should().Be("PAID");
        second.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("orderId").GetGuid().Should().Be(orderId);
        second.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("previousStatus").GetString().Should().Be("PENDING");
    }

    [Fact]
    public async Task A_Subscriber_Over_WebSocket_Should_See_Pending_Then_Paid_In_Order()
    {
        var (_, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        var bus = (RedisTopicEventBus)system.Orders.Services.GetRequiredService<ITopicEventReceiver>();
        var topicsBefore = bus.ActiveTopics;
        await using var subscription = await WebSocketSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, "subscription { myOrderUpdates { orderId status } }", null, token);
        await Eventually.HoldsAsync(() => bus.ActiveTopics > topicsBefore, "the subscription to register its topic");

        using var checkout = await _api.CheckoutAsync(token, "key-" + Guid.NewGuid());
        var orderId = checkout.Get("checkout", "order", "id").GetGuid();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });

        var first = await subscription.NextAsync();
        var second = await subscription.NextAsync();
        first.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("status").GetString().Should().Be("PENDING");
        second.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("status").GetString().Should().Be("PAID");
        second.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("orderId").GetGuid().Should().Be(orderId);
    }

    [Fact]
    public async Task An_Order_Status_Subscriber_Over_Sse_Subscribed_After_Pending_Was_Published_Should_See_Pending_Then_Paid()
    {
        var (_, token, orderId) = await _api.PlacedOrderAsync();
        var bus = (RedisTopicEventBus)system.Orders.Services.GetRequiredService<ITopicEventReceiver>();
        var topicsBefore = bus.ActiveTopics;

        // PENDING was sent on the bus at checkout, before this subscriber existed: it still comes first, as the current status.
        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint,
            "subscription($id: ID!) { orderStatusChanged(orderId: $id) { orderId status previousStatus } }", new { id = orderId }, token);
        var first = await subscription.NextAsync();
        await Eventually.HoldsAsync(() => bus.ActiveTopics > topicsBefore, "the subscription to register its topic");
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });
        var second = await subscription.NextAsync();

        StatusUpdate(first).Should().Be((orderId, "PENDING", null));
        StatusUpdate(second).Should().Be((orderId, "PAID", "PENDING"));
    }

    [Fact]
    public async Task An_Order_Status_Subscriber_Of_A_Paid_Order_Should_See_Paid_Once_Then_The_Next_Change()
    {
        var (_, token, orderId) = await _api.PlacedOrderAsync();
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });
        await _api.WaitForStatusAsync(orderId, "PAID");

        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint,
            "subscription($id: ID!) { orderStatusChanged(orderId: $id) { orderId status previousStatus } }", new { id = orderId }, token);
        var first = await subscription.NextAsync();
        using (var shipped = await system.Orders.PostAsync(
            "mutation($id: ID!) { markShipped(input: { orderId: $id, carrier: \"UPS\", trackingNumber: \"1Z1\" }) { order { status } } }",
            new { id = orderId }, system.AdminToken()))
        {
            shipped.Get("markShipped", "order", "status").GetString().Should().Be("SHIPPED", shipped.Body);
        }

        var second = await subscription.NextAsync();

        StatusUpdate(first).Should().Be((orderId, "PAID", "PENDING"));
        StatusUpdate(second).Should().Be((orderId, "SHIPPED", "PAID"));
    }

    private static (Guid OrderId, string Status, string? PreviousStatus) StatusUpdate(System.Text.Json.JsonElement result)
    {
        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        var update = result.GetProperty("data").GetProperty("orderStatusChanged");
        return (update.GetProperty("orderId").GetGuid(), update.GetProperty("status").GetString()!, update.GetProperty("previousStatus").GetString());
    }
}
