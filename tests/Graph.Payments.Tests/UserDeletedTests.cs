using FluentAssertions;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Saga;
using Graph.Payments.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Graph.Payments.Tests;

/// <summary>
/// <c>user.deleted</c> (docs/events.md): payments stay as financial records, while the Stripe customer (at Stripe and
/// the mapping here) and the saved payment method ids go, a pending payment is failed instead of charged, a second delivery changes nothing, and
/// an order of the erased user that arrives later is failed without contacting Stripe.
/// </summary>
[Collection(PaymentsServiceCollection.Name)]
public sealed class UserDeletedTests(PaymentsServiceFixture service)
{
    [Fact]
    public async Task User_Deleted_Should_Keep_Payments_And_Erase_The_Stripe_Customer_And_Payment_Methods()
    {
        var (erased, other) = (Guid.NewGuid(), Guid.NewGuid());
        var paid = await PaidOrderAsync(erased, "30.00");
        var pending = Order(erased, "12.00");
        await service.PublishAsync(pending);
        await service.WaitForInboxAsync(pending.Id);
        var othersPaid = await PaidOrderAsync(other, "8.00");
        var erasedCustomer = (await StripeCustomerOfAsync(erased))!;

        await DeliverAsync(new UserDeleted(erased));

        var kept = (await service.FindPaymentAsync(paid.OrderId))!;
        kept.Status.Should().Be(PaymentStatus.Succeeded);
        kept.Amount.Should().Be(30.00m);
        kept.UserId.Should().Be(erased, "the payment stays, keyed by an id that names nobody any more");
        kept.PaymentMethodId.Should().BeEmpty();
        kept.StripePaymentIntentId.Should().StartWith("pi_");
        var failed = (await service.FindPaymentAsync(pending.OrderId))!;
        failed.Status.Should().Be(PaymentStatus.Failed);
        failed.FailureCode.Should().Be(PaymentProcessor.PaymentMethodUnusable);
        failed.FailureReason.Should().Be(ErasedCustomers.Reason);
        failed.PaymentMethodId.Should().BeEmpty();
        (await service.OutboxPayloadsAsync(pending.OrderId, "payment.failed.v1")).Should().ContainSingle()
            .Which.Should().Contain("\"code\":\"payment_method_unusable\"");
        service.Stripe.Store.PaymentIntentsCreatedFor(pending.OrderId.ToString()).Should().Be(0);
        (await StripeCustomerOfAsync(erased)).Should().BeNull();
        service.Stripe.Store.IsCustomerDeleted(erasedCustomer).Should().BeTrue("the customer at Stripe holds the email given at the first charge");

        // Another customer keeps everything.
        (await service.FindPaymentAsync(othersPaid.OrderId))!.PaymentMethodId.Should().Be("pm_card_visa");
        var othersCustomer = await StripeCustomerOfAsync(other);
        othersCustomer.Should().StartWith("cus_");
        service.Stripe.Store.IsCustomerDeleted(othersCustomer!).Should().BeFalse();

        // Refunds name the PaymentIntent, not the customer: the erased user's paid order can still be refunded.
        await service.PublishAsync(new OrderStatusChanged(paid.OrderId, erased, "CANCELLED", "PAID"));
        var refunded = await service.WaitForPaymentAsync(paid.OrderId, p => p.Status != PaymentStatus.Succeeded);
        refunded.Status.Should().Be(PaymentStatus.Refunded);
        refunded.StripeRefundId.Should().StartWith("re_");
    }

    [Fact]
    public async Task User_Deleted_Delivered_Twice_Should_Change_Nothing()
    {
        var erased = Guid.NewGuid();
        var pending = Order(erased, "5.00");
        await service.PublishAsync(pending);
        await service.WaitForInboxAsync(pending.Id);
        var deletion = new UserDeleted(erased);
        await DeliverAsync(deletion);
        var afterFirst = (await service.FindPaymentAsync(pending.OrderId))!;

        // The same envelope again (the inbox skips it) and a producer retry under a new id (the handler must be idempotent).
        await service.PublishAsync(deletion);
        await DeliverAsync(new UserDeleted(erased));

        (await service.FindPaymentAsync(pending.OrderId)).Should().BeEquivalentTo(afterFirst);
        (await service.OutboxPayloadsAsync(pending.OrderId, "payment.failed.v1")).Should().ContainSingle();
        await using var db = service.CreateDb();
        (await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM erased_users WHERE user_id = {erased}").SingleAsync())
            .Should().Be(1);
    }

    [Fact]
    public async Task An_Order_Of_An_Erased_User_Arriving_Later_Should_Fail_Without_Contacting_Stripe()
    {
        var erased = Guid.NewGuid();
        await DeliverAsync(new UserDeleted(erased));

        var late = Order(erased, "19.00");
        await service.PublishAsync(late);
        var reserved = new InventoryReserved(late.OrderId);
        await service.PublishAsync(reserved);
        await service.WaitForInboxAsync(late.Id);
        await service.WaitForInboxAsync(reserved.Id);

        var payment = (await service.FindPaymentAsync(late.OrderId))!;
        payment.Status.Should().Be(PaymentStatus.Failed);
        payment.FailureCode.Should().Be(PaymentProcessor.PaymentMethodUnusable);
        payment.PaymentMethodId.Should().BeEmpty();
        (await service.OutboxPayloadsAsync(late.OrderId, "payment.failed.v1")).Should().ContainSingle();
        service.Stripe.Store.PaymentIntentsCreatedFor(late.OrderId.ToString()).Should().Be(0);
        (await StripeCustomerOfAsync(erased)).Should().BeNull("no Stripe customer is created with the erased email");
    }

    private static OrderCreated Order(Guid userId, string total) =>
        new(Guid.NewGuid(), userId, $"c{userId:N}@example.com", "pm_card_visa", "USD", total);

    /// <summary>An order of <paramref name="userId"/> reserved and charged (which creates their Stripe customer).</summary>
    private async Task<OrderCreated> PaidOrderAsync(Guid userId, string total)
    {
        var order = Order(userId, total);
        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Succeeded);
        return order;
    }

    private async Task DeliverAsync(UserDeleted deletion)
    {
        await service.PublishAsync(deletion);
        await service.WaitForInboxAsync(deletion.Id);
    }

    private async Task<string?> StripeCustomerOfAsync(Guid userId)
    {
        await using var db = service.CreateDb();
        return await db.StripeCustomers.Where(c => c.UserId == userId).Select(c => c.CustomerId).SingleOrDefaultAsync();
    }
}
