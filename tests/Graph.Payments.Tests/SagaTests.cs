using FluentAssertions;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Saga;
using Graph.Payments.Tests.Support;
using Xunit;

namespace Graph.Payments.Tests;

/// <summary>The checkout saga over the Kafka mock cluster, charging the fake Stripe over real HTTP.</summary>
[Collection(PaymentsServiceCollection.Name)]
public sealed class SagaTests(PaymentsServiceFixture service)
{
    [Fact]
    public async Task A_Reserved_Order_Should_Be_Charged_And_Write_Payment_Succeeded_To_The_Outbox()
    {
        var order = NewOrder("pm_card_visa", "42.50");

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Succeeded);
        payment.StripePaymentIntentId.Should().StartWith("pi_");
        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(1);
        var events = await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1");
        events.Should().ContainSingle().Which.Should().Contain("\"amount\":\"42.50\"").And.Contain(payment.Id.ToString());
    }

    [Fact]
    public async Task A_Declined_Card_Should_Fail_The_Payment_With_Card_Declined_In_The_Outbox()
    {
        var order = NewOrder("pm_card_chargeDeclined", "10.00");

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Failed);
        payment.FailureCode.Should().Be("card_declined");
        var events = await service.OutboxPayloadsAsync(order.OrderId, "payment.failed.v1");
        events.Should().ContainSingle().Which.Should().Contain("\"code\":\"card_declined\"");
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_Card_Needing_Authentication_Should_Fail_With_Authentication_Required_Because_The_Customer_Is_Away()
    {
        var order = NewOrder("pm_card_authenticationRequired", "10.00");

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Failed);
        payment.FailureCode.Should().Be("authentication_required");
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.failed.v1")).Should().ContainSingle()
            .Which.Should().Contain("\"code\":\"authentication_required\"");
    }

    [Fact]
    public async Task A_Duplicate_Inventory_Reserved_Should_Charge_Only_Once()
    {
        var order = NewOrder("pm_card_visa", "15.00");
        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Succeeded);

        // the same fact again under a new message id: the inbox cannot catch it, the state check must
        var duplicate = new InventoryReserved(order.OrderId);
        await service.PublishAsync(duplicate);
        await WaitForInboxAsync(duplicate.Id);

        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(1);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1")).Should().ContainSingle();
    }

    [Fact]
    public async Task A_Rejected_Reservation_Should_Cancel_The_Payment_Without_Charging()
    {
        var order = NewOrder("pm_card_visa", "15.00");

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryRejected(order.OrderId, "OUT_OF_STOCK"));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Cancelled);
        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(0);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1")).Should().BeEmpty();
    }

    [Fact]
    public async Task A_Reservation_Arriving_Before_The_Order_Should_Charge_When_The_Order_Arrives()
    {
        var order = NewOrder("pm_card_mastercard", "7.25");

        var reserved = new InventoryReserved(order.OrderId);
        await service.PublishAsync(reserved);
        await WaitForInboxAsync(reserved.Id);
        await service.PublishAsync(order);
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Succeeded);
        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_A_Paid_Order_Twice_Should_Refund_Once_And_Write_Payment_Refunded()
    {
        var order = NewOrder("pm_card_visa", "30.00");
        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var paid = await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Succeeded);

        await service.PublishAsync(new OrderStatusChanged(order.OrderId, order.UserId, "CANCELLED", "PAID"));
        var second = new OrderStatusChanged(order.OrderId, order.UserId, "CANCELLED", "PAID");
        await service.PublishAsync(second);
        await WaitForInboxAsync(second.Id);
        var refunded = await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Refunded);

        refunded.StripeRefundId.Should().StartWith("re_");
        service.Stripe.Store.RefundsCreatedFor(paid.StripePaymentIntentId!).Should().Be(1);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.refunded.v1")).Should().ContainSingle()
            .Which.Should().Contain("\"amount\":\"30.00\"");
    }

    [Fact]
    public async Task Cancelling_An_Order_Before_Its_Reservation_Should_Never_Charge_It()
    {
        var order = NewOrder("pm_card_visa", "12.00");
        await service.PublishAsync(order);
        await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Pending);

        await service.PublishAsync(new OrderStatusChanged(order.OrderId, order.UserId, "CANCELLED", "PENDING"));
        await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Cancelled);
        var reserved = new InventoryReserved(order.OrderId);
        await service.PublishAsync(reserved);
        await WaitForInboxAsync(reserved.Id);

        (await service.FindPaymentAsync(order.OrderId))!.Status.Should().Be(PaymentStatus.Cancelled);
        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(0);
    }

    [Fact]
    public async Task A_Stored_Customer_Stripe_No_Longer_Knows_Should_Be_Recreated_And_The_Order_Charged()
    {
        // E.g. the local fake restarted (it keeps its state in memory) while our database kept the customer id.
        var order = NewOrder("pm_card_visa", "10.00");
        await using (var db = service.CreateDb())
        {
            db.StripeCustomers.Add(new StripeCustomer { UserId = order.UserId, CustomerId = "cus_gone", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Succeeded);
        await using var check = service.CreateDb();
        (await check.StripeCustomers.FindAsync(order.UserId))!.CustomerId.Should().StartWith("cus_").And.NotBe("cus_gone");
    }

    [Fact]
    public async Task A_Payment_Method_Of_Another_Customer_Should_Fail_The_Payment_With_Payment_Method_Unusable_And_No_Charge()
    {
        var (_, othersCard) = await service.Stripe.SaveCardForNewCustomerAsync("pm_card_visa", "someone-else@example.com");
        var order = NewOrder(othersCard, "25.00");

        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var payment = await service.WaitForPaymentAsync(order.OrderId, p => p.Status != PaymentStatus.Pending);

        payment.Status.Should().Be(PaymentStatus.Failed);
        payment.FailureCode.Should().Be(PaymentProcessor.PaymentMethodUnusable);
        payment.FailureReason.Should().Contain("does not belong to the Customer");
        service.Stripe.Store.PaymentIntentsCreatedFor(order.OrderId.ToString()).Should().Be(0);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.failed.v1")).Should().ContainSingle()
            .Which.Should().Contain("\"code\":\"payment_method_unusable\"");
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1")).Should().BeEmpty();
    }

    private static OrderCreated NewOrder(string paymentMethod, string total) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "buyer@example.com", paymentMethod, "USD", total);

    private Task WaitForInboxAsync(Guid messageId) => service.WaitForInboxAsync(messageId);
}
