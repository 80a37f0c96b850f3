using FluentAssertions;
using Graph.Orders.Tests.Support;
using Graph.Testing.Polling;
using Graph.Testing.Subscriptions;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>A customer sees, cancels and follows only their own orders; admin mutations refuse customers.</summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class AccessTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    [Fact]
    public async Task The_Owner_Should_Read_The_Order_And_Another_Customer_Should_Get_Null()
    {
        var (_, ownerToken, orderId) = await _api.PlacedOrderAsync();
        var (_, otherToken) = system.NewCustomer();
        const string query = "query($id: ID!) { order(id: $id) { id status } orderById(id: $id) { id } }";

        using var own = await system.Orders.PostAsync(query, new { id = orderId }, ownerToken);
        using var other = await system.Orders.PostAsync(query, new { id = orderId }, otherToken);

        own.Get("order", "id").GetGuid().Should().Be(orderId);
        other.Get("order").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        other.Get("orderById").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task My_Orders_And_User_Orders_Should_List_Only_The_Callers_Orders()
    {
        var (ownerId, ownerToken, orderId) = await _api.PlacedOrderAsync();
        var (_, otherToken) = system.NewCustomer();

        using var mine = await system.Orders.PostAsync("{ myOrders(first: 10) { nodes { id } } }", accessToken: ownerToken);
        using var others = await system.Orders.PostAsync("{ myOrders(first: 10) { nodes { id } } }", accessToken: otherToken);
        using var viaUser = await system.Orders.PostAsync(
            "query($id: ID!) { userById(id: $id) { orders(first: 5) { nodes { id } } } }", new { id = ownerId }, otherToken);

        mine.Get("myOrders", "nodes").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).Should().Equal(orderId);
        others.Get("myOrders", "nodes").GetArrayLength().Should().Be(0);
        viaUser.ErrorCodes.Should().Contain("FORBIDDEN");
    }

    [Fact]
    public async Task Another_Customer_Should_Not_Cancel_The_Order_But_The_Owner_Should()
    {
        var (_, ownerToken, orderId) = await _api.PlacedOrderAsync();
        var (_, otherToken) = system.NewCustomer();
        const string cancel = "mutation($id: ID!) { cancelOrder(input: { orderId: $id }) { order { status } errors { ... on Error { code } } } }";

        using var byOther = await system.Orders.PostAsync(cancel, new { id = orderId }, otherToken);
        using var byOwner = await system.Orders.PostAsync(cancel, new { id = orderId }, ownerToken);
        using var again = await system.Orders.PostAsync(cancel, new { id = orderId }, ownerToken);

        OrdersApi.ErrorCodes(byOther.Get("cancelOrder", "errors")).Should().Equal("NOT_FOUND");
        byOwner.Get("cancelOrder", "order", "status").GetString().Should().Be("CANCELLED");
        OrdersApi.ErrorCodes(again.Get("cancelOrder", "errors")).Should().Equal("ILLEGAL_STATUS_TRANSITION");
        (await _api.StatusAsync(orderId)).Should().Be("CANCELLED");
    }

    [Fact]
    public async Task Subscribing_To_Another_Customers_Order_Should_Be_Refused_With_Order_Not_Found()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();
        var (_, otherToken) = system.NewCustomer();

        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint,
            "subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }", new { id = orderId }, otherToken);
        var result = await subscription.NextAsync();

        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("ORDER_NOT_FOUND");
    }

    [Fact]
    public async Task My_Order_Updates_Should_Not_Carry_Another_Customers_Changes()
    {
        var (_, _, othersOrderId) = await _api.PlacedOrderAsync();
        var (_, token, ownOrderId) = await _api.PlacedOrderAsync();
        var bus = (Graph.AspNetCore.Subscriptions.RedisTopicEventBus)Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Graph.AspNetCore.Subscriptions.ITopicEventReceiver>(system.Orders.Services);
        var topicsBefore = bus.ActiveTopics;
        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, "subscription { myOrderUpdates { orderId status } }", null, token);
        await Eventually.HoldsAsync(() => bus.ActiveTopics > topicsBefore, "the subscription to register its topic");

        // The other customer's change is consumed first (same partition order is not guaranteed across keys, so wait).
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", othersOrderId, new { orderId = othersOrderId, paymentId = "pi_1" });
        await _api.WaitForStatusAsync(othersOrderId, "PAID");
        await system.ProduceAsync("payment.event", "payment.failed.v1", ownOrderId, new { orderId = ownOrderId, paymentId = "pi_2", code = "card_declined", reason = "declined" });

        var next = await subscription.NextAsync();
        next.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("orderId").GetGuid().Should().Be(ownOrderId);
        next.GetProperty("data").GetProperty("myOrderUpdates").GetProperty("status").GetString().Should().Be("PAYMENT_FAILED");
    }

    [Theory]
    [InlineData("subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }")]
    [InlineData("subscription { myOrderUpdates { status } }")]
    public async Task An_Anonymous_Subscription_Should_Be_Refused_With_Auth_Not_Authenticated(string query)
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();
        await using var subscription = await SseSubscription.StartAsync(
            system.Orders.GraphQLEndpoint, query, query.Contains("$id") ? new { id = orderId } : null, accessToken: null);
        var result = await subscription.NextAsync();

        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task Mark_Shipped_Should_Refuse_A_Customer_And_Ship_A_Paid_Order_For_An_Admin()
    {
        var (_, ownerToken, orderId) = await _api.PlacedOrderAsync();
        const string ship = "mutation($id: ID!) { markShipped(input: { orderId: $id, carrier: \"UPS\", trackingNumber: \"1Z999\" }) { order { status carrier trackingNumber } errors { ... on Error { code } } } }";

        using var byCustomer = await system.Orders.PostAsync(ship, new { id = orderId }, ownerToken);
        using var whilePending = await system.Orders.PostAsync(ship, new { id = orderId }, system.AdminToken());
        await system.ProduceAsync("payment.event", "payment.succeeded.v1", orderId, new { orderId, paymentId = "pi_1" });
        await _api.WaitForStatusAsync(orderId, "PAID");
        using var shipped = await system.Orders.PostAsync(ship, new { id = orderId }, system.AdminToken());
        using var delivered = await system.Orders.PostAsync(
            "mutation($id: ID!) { markDelivered(input: { orderId: $id }) { order { status statusHistory { status } } } }", new { id = orderId }, system.AdminToken());

        byCustomer.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED");
        OrdersApi.ErrorCodes(whilePending.Get("markShipped", "errors")).Should().Equal("ILLEGAL_STATUS_TRANSITION");
        shipped.Get("markShipped", "order", "status").GetString().Should().Be("SHIPPED");
        shipped.Get("markShipped", "order", "trackingNumber").GetString().Should().Be("1Z999");
        delivered.Get("markDelivered", "order", "statusHistory").EnumerateArray().Select(h => h.GetProperty("status").GetString())
            .Should().Equal("PENDING", "PAID", "SHIPPED", "DELIVERED");
    }
}
