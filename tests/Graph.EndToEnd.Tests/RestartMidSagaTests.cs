using FluentAssertions;
using Graph.EndToEnd.Tests.Support;
using Xunit;

namespace Graph.EndToEnd.Tests;

/// <summary>
/// Issue 6, "each service killed and restarted mid-saga": a service is stopped (its host disposed) while an order is
/// between two saga steps, then started again on the same database and Kafka cluster. Every order must still end in
/// exactly one final state, with exactly one PaymentIntent at Stripe and one email. The charge gate decides where the
/// saga stands when the service stops, so the point of the interruption is not left to timing.
/// </summary>
[Collection(CheckoutSystemCollection.Name)]
public sealed class RestartMidSagaTests(CheckoutSystemFixture system)
{
    private readonly Shop _shop = new(system);

    [Fact]
    public async Task Payments_Stopped_After_Stripe_Charged_But_Before_Its_Commit_Should_Not_Charge_Again_After_A_Restart()
    {
        var (admin, dave, product, before) = await PrepareAsync("dave@graph.local", 6);
        system.ChargeGate.CloseAfterCharges();
        var held = system.ChargeGate.Held;
        var chargeRequests = system.Stripe.Store.RequestCount("POST", "/v1/payment_intents");
        Guid orderId;
        try
        {
            orderId = await _shop.OrderAsync(dave, product, 1, "pm_card_visa");
            await system.ChargeGate.WaitUntilHeldAsync(held + 1);
            system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(1, "Stripe charged; Payments has not committed");
            await system.StopAsync("payments");
        }
        finally
        {
            system.ChargeGate.Open();
        }

        await system.StartAgainAsync("payments");

        await ExpectOneOutcomeAsync(dave, orderId, "PAID");
        system.Stripe.Store.RequestCount("POST", "/v1/payment_intents").Should().BeGreaterThanOrEqualTo(
            chargeRequests + 2, "the restarted Payments charged again, and Stripe replayed the first PaymentIntent for the same idempotency key");
        (await _shop.WaitForReservedAsync(admin, product, before + 1)).Should().Be(before + 1);
    }

    [Fact]
    public async Task Orders_Stopped_While_The_Payment_Is_Decided_Should_Apply_It_Once_After_A_Restart()
    {
        var (_, eve, product, _) = await PrepareAsync("eve@graph.local", 7);
        system.ChargeGate.Close();
        var held = system.ChargeGate.Held;
        Guid orderId;
        try
        {
            orderId = await _shop.OrderAsync(eve, product, 1, "pm_card_mastercard");
            await system.ChargeGate.WaitUntilHeldAsync(held + 1);
            await system.StopAsync("orders");
        }
        finally
        {
            system.ChargeGate.Open();
        }

        // payment.succeeded is produced while Orders is down; its consumer group picks it up after the restart.
        await system.StartAgainAsync("orders");

        await ExpectOneOutcomeAsync(eve, orderId, "PAID");
    }

    [Fact]
    public async Task Catalog_Stopped_Before_It_Releases_A_Declined_Orders_Stock_Should_Release_It_Once_After_A_Restart()
    {
        var (admin, bob, product, before) = await PrepareAsync("bob@graph.local", 8);
        system.ChargeGate.Close();
        var held = system.ChargeGate.Held;
        Guid orderId;
        try
        {
            orderId = await _shop.OrderAsync(bob, product, 2, "pm_card_chargeDeclined");
            await system.ChargeGate.WaitUntilHeldAsync(held + 1); // the Catalog reserved: Payments only charges after that
            await system.StopAsync("catalog");
        }
        finally
        {
            system.ChargeGate.Open();
        }

        // payment.failed is produced while the Catalog is down: the release waits for the restart.
        (await _shop.WaitForOutcomeAsync(bob, orderId)).Should().Be("PAYMENT_FAILED");
        await system.StartAgainAsync("catalog");

        await ExpectOneOutcomeAsync(bob, orderId, "PAYMENT_FAILED");
        (await _shop.WaitForReservedAsync(admin, product, before)).Should().Be(before);
    }

    [Fact]
    public async Task Notifications_Stopped_While_The_Order_Is_Paid_Should_Send_One_Email_After_A_Restart()
    {
        var (_, carol, product, _) = await PrepareAsync("carol@graph.local", 9);
        system.ChargeGate.Close();
        var held = system.ChargeGate.Held;
        Guid orderId;
        try
        {
            orderId = await _shop.OrderAsync(carol, product, 1, "pm_card_visa");
            await system.ChargeGate.WaitUntilHeldAsync(held + 1);
            await system.StopAsync("notifications");
        }
        finally
        {
            system.ChargeGate.Open();
        }

        (await _shop.WaitForOutcomeAsync(carol, orderId)).Should().Be("PAID");
        system.Smtp.Messages.All.Should().NotContain(m => m.Raw.Contains(orderId.ToString(), StringComparison.Ordinal), "Notifications is down");
        await system.StartAgainAsync("notifications");

        await ExpectOneOutcomeAsync(carol, orderId, "PAID");
    }

    /// <summary>Signs in the admin and the customer and gives the product 10 free units; returns its reserved units.</summary>
    private async Task<(string Admin, string Customer, Guid Product, int Reserved)> PrepareAsync(string customerEmail, int productIndex)
    {
        var admin = await _shop.SignInAsync(Shop.AdminEmail, Shop.AdminPassword);
        var customer = await _shop.SignInAsync(customerEmail);
        var product = await _shop.ProductAsync(productIndex);
        var before = await _shop.InventoryAsync(admin, product);
        await _shop.SetOnHandAsync(admin, product, before.Reserved + 10);
        return (admin, customer, product, before.Reserved);
    }

    /// <summary>One final status (history PENDING then it), one PaymentIntent at Stripe, one email about the order.</summary>
    private async Task ExpectOneOutcomeAsync(string token, Guid orderId, string final)
    {
        (await _shop.WaitForOutcomeAsync(token, orderId)).Should().Be(final);
        (await _shop.HistoryAsync(token, orderId)).Should().Equal("PENDING", final);
        system.Stripe.Store.PaymentIntentsCreatedFor(orderId.ToString()).Should().Be(1);
        using var emailTimeout = new CancellationTokenSource(Shop.Wait);
        var emails = await system.Smtp.Messages.WaitUntilAsync(
            all => all.Any(m => m.Raw.Contains(orderId.ToString(), StringComparison.Ordinal)), emailTimeout.Token);
        emails.Where(m => m.Raw.Contains(orderId.ToString(), StringComparison.Ordinal)).Should().ContainSingle();
    }
}
