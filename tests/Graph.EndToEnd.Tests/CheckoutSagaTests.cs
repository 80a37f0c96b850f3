using System.Text.Json;
using FluentAssertions;
using Graph.EndToEnd.Tests.Support;
using Graph.Testing.Subscriptions;
using Xunit;

namespace Graph.EndToEnd.Tests;

/// <summary>
/// The checkout saga (docs/events.md) through the running product: Users' real tokens, Orders, Catalog's reservations,
/// Payments at the fake Stripe and Notifications at the SMTP sink, over one Kafka and one Redis. Each test uses its own
/// demo product and sets its stock, so the tests do not depend on one another.
/// </summary>
[Collection(CheckoutSystemCollection.Name)]
public sealed class CheckoutSagaTests(CheckoutSystemFixture system)
{
    private const string StatusChanged =
        "subscription($id: ID!) { orderStatusChanged(orderId: $id) { orderId status previousStatus } }";

    private const string MyOrderUpdates = "subscription { myOrderUpdates { orderId status previousStatus } }";

    /// <summary>How long a subscriber waits for each result or message.</summary>
    private static readonly TimeSpan SubscriberTimeout = TimeSpan.FromSeconds(20);

    private readonly Shop _shop = new(system);

    [Fact]
    public async Task A_Paid_Checkout_Should_Reach_Both_Subscribers_Charge_Once_Email_Once_And_Reserve_The_Stock()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var alice = await _shop.SignInAsync("alice@graph.local");
        var aliceId = await _shop.MeAsync(alice);
        var product = await _shop.ProductAsync(0);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 10);

        // Subscribed before checkout, this one sees the order's first status too.
        await using var allOrders = await WebSocketSubscription.StartAsync(system.Orders.GraphQLEndpoint, MyOrderUpdates, new { }, alice, SubscriberTimeout);
        await system.OrderSubscriptions.WaitForAsync($"user-orders:{aliceId}", 1);

        // Charges wait until both subscribers listen, so neither can miss the outcome.
        system.ChargeGate.Close();
        Guid orderId;
        try
        {
            orderId = await _shop.OrderAsync(alice, product, 2, "pm_card_visa");
            var variables = new { id = orderId };
            await using var sse = await SseSubscription.StartAsync(system.Orders.GraphQLEndpoint, StatusChanged, variables, alice, SubscriberTimeout);
            await using var socket = await WebSocketSubscription.StartAsync(system.Orders.GraphQLEndpoint, StatusChanged, variables, alice, SubscriberTimeout);
            await system.OrderSubscriptions.WaitForAsync($"order-status:{orderId}", 2);
            system.ChargeGate.Open();

            // Subscribed after checkout: each subscriber gets the current status (PENDING) first, then the change.
            Update(await sse.NextAsync()).Should().Be((orderId, "PENDING", null));
            Update(await socket.NextAsync()).Should().Be((orderId, "PENDING", null));
            Update(await sse.NextAsync()).Should().Be((orderId, "PAID", "PENDING"));
            Update(await socket.NextAsync()).Should().Be((orderId, "PAID", "PENDING"));
            Update(await allOrders.NextAsync(), "myOrderUpdates").Should().Be((orderId, "PENDING", null));
            Update(await allOrders.NextAsync(), "myOrderUpdates").Should().Be((orderId, "PAID", "PENDING"));
        }
        finally
        {
            system.ChargeGate.Open();
        }

        (await _shop.WaitForOutcomeAsync(alice, orderId)).Should().Be("PAID");
        (await _shop.HistoryAsync(alice, orderId)).Should().Equal("PENDING", "PAID");
        system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(1);
        using var emailTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var emails = await system.Smtp.Messages.WaitUntilAsync(
            all => all.Any(m => m.Raw.Contains(orderId.ToString(), StringComparison.Ordinal)), emailTimeout.Token);
        emails.Where(m => m.Raw.Contains(orderId.ToString(), StringComparison.Ordinal)).Should().ContainSingle()
            .Which.To.Should().Equal("alice@graph.local");
        (await _shop.WaitForReservedAsync(admin, product, before.Reserved + 2)).Should().Be(before.Reserved + 2);
    }

    [Fact]
    public async Task A_Declined_Card_Should_End_Payment_Failed_And_Release_The_Reserved_Stock()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var bob = await _shop.SignInAsync("bob@graph.local");
        var product = await _shop.ProductAsync(1);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 10);

        var orderId = await _shop.OrderAsync(bob, product, 3, "pm_card_chargeDeclined");

        (await _shop.WaitForOutcomeAsync(bob, orderId)).Should().Be("PAYMENT_FAILED");
        system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(1);
        (await _shop.WaitForReservedAsync(admin, product, before.Reserved)).Should().Be(before.Reserved);
    }

    [Fact]
    public async Task A_Card_Saved_By_Another_Customer_Should_End_Payment_Failed_With_The_Reason_No_Charge_And_The_Stock_Released()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var carol = await _shop.SignInAsync("carol@graph.local");
        var product = await _shop.ProductAsync(5);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 10);
        var (_, othersCard) = await system.Stripe.SaveCardForNewCustomerAsync("pm_card_visa", "someone-else@example.com");

        var orderId = await _shop.OrderAsync(carol, product, 2, othersCard);

        (await _shop.WaitForOutcomeAsync(carol, orderId)).Should().Be("PAYMENT_FAILED");
        system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(0);
        (await _shop.WaitForReservedAsync(admin, product, before.Reserved)).Should().Be(before.Reserved);
        using var payment = await system.Payments.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { payment { status failureCode failureReason } } } }",
            new { r = new[] { new { __typename = "Order", id = orderId } } }, carol);
        payment.Errors.Should().BeEmpty(payment.Body);
        var paid = payment.Get("_entities")[0].GetProperty("payment");
        paid.GetProperty("status").GetString().Should().Be("FAILED", payment.Body);
        paid.GetProperty("failureCode").GetString().Should().Be("payment_method_unusable", payment.Body);
        paid.GetProperty("failureReason").GetString().Should().Contain("does not belong to the Customer", payment.Body);
    }

    [Fact]
    public async Task An_Out_Of_Stock_Product_Should_End_Rejected_Without_A_Charge()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var carol = await _shop.SignInAsync("carol@graph.local");
        var product = await _shop.ProductAsync(2);
        var before = await _shop.InventoryAsync(admin, product);
        before.Reserved.Should().Be(0, "no other test orders this product");
        await _shop.SetOnHandAsync(admin, product, 0);

        var orderId = await _shop.OrderAsync(carol, product, 1, "pm_card_visa");

        (await _shop.WaitForOutcomeAsync(carol, orderId)).Should().Be("REJECTED");
        (await _shop.HistoryAsync(carol, orderId)).Should().Equal("PENDING", "REJECTED");
        system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(0);
        (await _shop.InventoryAsync(admin, product)).Should().Be((0, 0));
    }

    [Fact]
    public async Task Two_Concurrent_Checkouts_For_The_Last_Item_Should_End_One_Paid_And_One_Rejected()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var dave = await _shop.SignInAsync("dave@graph.local");
        var eve = await _shop.SignInAsync("eve@graph.local");
        var product = await _shop.ProductAsync(3);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 1);
        await _shop.AddToCartAsync(dave, product, 1);
        await _shop.AddToCartAsync(eve, product, 1);

        var orders = await Task.WhenAll(_shop.CheckoutAsync(dave, "pm_card_mastercard"), _shop.CheckoutAsync(eve, "pm_card_visa"));

        var outcomes = await Task.WhenAll(_shop.WaitForOutcomeAsync(dave, orders[0]), _shop.WaitForOutcomeAsync(eve, orders[1]));
        outcomes.Should().BeEquivalentTo(["PAID", "REJECTED"]);
        var paid = orders[Array.IndexOf(outcomes, "PAID")];
        var rejected = orders[Array.IndexOf(outcomes, "REJECTED")];
        system.Stripe.Store.PaymentIntentsCreatedFor(paid.ToString()).Should().Be(1);
        system.Stripe.Store.PaymentIntentsCreatedFor(rejected.ToString()).Should().Be(0);
        (await _shop.WaitForReservedAsync(admin, product, before.Reserved + 1)).Should().Be(before.Reserved + 1);
    }

    [Fact]
    public async Task A_Customer_Should_Not_Read_Follow_Or_Cancel_Another_Customers_Order()
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var alice = await _shop.SignInAsync("alice@graph.local");
        var bob = await _shop.SignInAsync("bob@graph.local");
        var product = await _shop.ProductAsync(4);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 10);
        var orderId = await _shop.OrderAsync(alice, product, 1, "pm_card_visa");
        (await _shop.WaitForOutcomeAsync(alice, orderId)).Should().Be("PAID");

        using (var read = await _shop.ReadOrderAsync(bob, orderId))
        {
            read.Get("order").ValueKind.Should().Be(JsonValueKind.Null, read.Body);
        }

        using (var cancel = await system.Orders.PostAsync(
            "mutation($input: OrderIdInput!) { cancelOrder(input: $input) { order { id } errors { __typename ... on Error { code } } } }",
            new { input = new { orderId } }, bob))
        {
            cancel.Errors.Should().BeEmpty(cancel.Body);
            cancel.Get("cancelOrder", "order").ValueKind.Should().Be(JsonValueKind.Null, cancel.Body);
            cancel.Get("cancelOrder", "errors")[0].GetProperty("code").GetString().Should().Be("NOT_FOUND", cancel.Body);
        }

        await using (var socket = await WebSocketSubscription.StartAsync(system.Orders.GraphQLEndpoint, StatusChanged, new { id = orderId }, bob, SubscriberTimeout))
        {
            var refused = await socket.ReceiveAsync();
            refused.GetProperty("type").GetString().Should().Be("error", refused.ToString());
            refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("ORDER_NOT_FOUND");
        }

        await using (var sse = await SseSubscription.StartAsync(system.Orders.GraphQLEndpoint, StatusChanged, new { id = orderId }, bob, SubscriberTimeout))
        {
            var refused = await sse.NextAsync();
            (!refused.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null).Should().BeTrue(refused.ToString());
            refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("ORDER_NOT_FOUND", refused.ToString());
        }

        (await _shop.WaitForOutcomeAsync(alice, orderId)).Should().Be("PAID", "bob's attempts changed nothing");
    }

    private static (Guid OrderId, string Status, string? PreviousStatus) Update(JsonElement result, string field = "orderStatusChanged")
    {
        result.TryGetProperty("errors", out _).Should().BeFalse(result.ToString());
        var update = result.GetProperty("data").GetProperty(field);
        return (update.GetProperty("orderId").GetGuid(), update.GetProperty("status").GetString()!, update.GetProperty("previousStatus").GetString());
    }
}
