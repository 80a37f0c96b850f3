using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Graph.FakeStripe;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Graph.Payments.Tests;

/// <summary><c>POST /stripe/webhook</c>: Stripe's signature is checked, and asynchronous outcomes apply once.</summary>
[Collection(PaymentsServiceCollection.Name)]
public sealed class WebhookTests(PaymentsServiceFixture service)
{
    [Fact]
    public async Task A_Validly_Signed_Succeeded_Event_Should_Complete_A_Processing_Payment_Once()
    {
        var payment = await ArrangeProcessingPaymentAsync();
        var payload = Event("payment_intent.succeeded", payment, "succeeded");

        using var first = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow));
        using var again = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await service.FindPaymentAsync(payment.OrderId))!.Status.Should().Be(PaymentStatus.Succeeded);
        (await service.OutboxPayloadsAsync(payment.OrderId, "payment.succeeded.v1")).Should().ContainSingle();
    }

    [Fact]
    public async Task A_Payment_Failed_Event_Should_Fail_A_Processing_Payment_With_Stripes_Code()
    {
        var payment = await ArrangeProcessingPaymentAsync();
        var payload = Event("payment_intent.payment_failed", payment, "requires_payment_method", "card_declined");

        using var response = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var stored = (await service.FindPaymentAsync(payment.OrderId))!;
        stored.Status.Should().Be(PaymentStatus.Failed);
        stored.FailureCode.Should().Be("card_declined");
    }

    [Fact]
    public async Task A_Charge_That_Succeeds_After_Its_Order_Was_Cancelled_Should_Be_Refunded_And_Never_Reported_As_Paid()
    {
        // A real PaymentIntent at the fake Stripe (so it can be refunded), then the payment put back in PROCESSING as if
        // Stripe had answered "processing"; the order is cancelled before the webhook says it succeeded.
        var order = new OrderCreated(Guid.NewGuid(), Guid.NewGuid(), "buyer@example.com", "pm_card_visa", "USD", "15.00");
        await service.PublishAsync(order);
        await service.PublishAsync(new InventoryReserved(order.OrderId));
        var charged = await service.WaitForPaymentAsync(order.OrderId, p => p.Status == PaymentStatus.Succeeded);
        await using (var db = service.CreateDb())
        {
            await db.Payments.Where(p => p.Id == charged.Id)
                .ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, PaymentStatus.Processing));
            await db.Database.ExecuteSqlAsync($"DELETE FROM outbox_messages WHERE type = 'payment.succeeded.v1' AND key = {order.OrderId.ToString()}");
        }

        var cancelled = new OrderStatusChanged(order.OrderId, order.UserId, "CANCELLED", "PENDING");
        await service.PublishAsync(cancelled);
        await service.WaitForInboxAsync(cancelled.Id);
        (await service.FindPaymentAsync(order.OrderId))!.Status.Should().Be(PaymentStatus.Cancelled);

        var payload = Event("payment_intent.succeeded", charged, "succeeded");
        using var first = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow));
        using var again = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await service.FindPaymentAsync(order.OrderId))!.Status.Should().Be(PaymentStatus.Refunded);
        service.Stripe.Store.RefundsCreatedFor(charged.StripePaymentIntentId!).Should().Be(1);
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.refunded.v1")).Should().ContainSingle();
        (await service.OutboxPayloadsAsync(order.OrderId, "payment.succeeded.v1")).Should().BeEmpty("Orders no longer takes a payment for a cancelled order");
    }

    [Fact]
    public async Task A_Signature_Made_With_Another_Secret_Should_Be_Refused_With_400_And_Change_Nothing()
    {
        var payment = await ArrangeProcessingPaymentAsync();
        var payload = Event("payment_intent.succeeded", payment, "succeeded");

        using var response = await PostAsync(payload, WebhookSignature.Create(payload, "whsec_someone_else", DateTimeOffset.UtcNow));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await service.FindPaymentAsync(payment.OrderId))!.Status.Should().Be(PaymentStatus.Processing);
    }

    [Fact]
    public async Task A_Signature_Over_Another_Payload_Should_Be_Refused_With_400()
    {
        var payment = await ArrangeProcessingPaymentAsync();
        var payload = Event("payment_intent.succeeded", payment, "succeeded");
        var signature = WebhookSignature.Create(payload.Replace("succeeded", "canceled", StringComparison.Ordinal), PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow);

        using var response = await PostAsync(payload, signature);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_Signature_Older_Than_Five_Minutes_Should_Be_Refused_With_400()
    {
        var payment = await ArrangeProcessingPaymentAsync();
        var payload = Event("payment_intent.succeeded", payment, "succeeded");

        using var response = await PostAsync(payload, WebhookSignature.Create(payload, PaymentsServiceFixture.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-6)));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await service.FindPaymentAsync(payment.OrderId))!.Status.Should().Be(PaymentStatus.Processing);
    }

    [Fact]
    public async Task A_Request_Without_A_Signature_Should_Be_Refused_With_400()
    {
        var payment = await ArrangeProcessingPaymentAsync();

        using var response = await PostAsync(Event("payment_intent.succeeded", payment, "succeeded"), signature: null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<Payment> ArrangeProcessingPaymentAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var payment = new Payment
        {
            Id = Guid.NewGuid(),
            OrderId = Guid.NewGuid(),
            UserId = Guid.NewGuid(),
            Amount = 20m,
            Currency = "USD",
            PaymentMethodId = "pm_card_visa",
            Status = PaymentStatus.Processing,
            StripePaymentIntentId = "pi_" + Guid.NewGuid().ToString("N"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = service.CreateDb();
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return payment;
    }

    private static string Event(string type, Payment payment, string status, string? errorCode = null) => new JsonObject
    {
        ["id"] = "evt_" + Guid.NewGuid().ToString("N"),
        ["object"] = "event",
        ["type"] = type,
        ["data"] = new JsonObject
        {
            ["object"] = new JsonObject
            {
                ["id"] = payment.StripePaymentIntentId,
                ["object"] = "payment_intent",
                ["status"] = status,
                ["amount"] = 2000,
                ["currency"] = "usd",
                ["metadata"] = new JsonObject { ["order_id"] = payment.OrderId.ToString() },
                ["last_payment_error"] = errorCode is null ? null : new JsonObject { ["type"] = "card_error", ["code"] = errorCode, ["message"] = "Your card was declined." },
            },
        },
    }.ToJsonString();

    private Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add("Stripe-Signature", signature);
        return service.Host.Client.SendAsync(request);
    }
}
