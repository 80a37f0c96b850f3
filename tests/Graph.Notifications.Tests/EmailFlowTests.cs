using System.Text;
using FluentAssertions;
using Graph.Messaging;
using Graph.Notifications.Events;
using Graph.Notifications.Tests.Support;
using Graph.Testing.Polling;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary>Events in, emails out: one email and one in-app notification per event, retries, the DLQ and replay.</summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class EmailFlowTests(NotificationsServiceFixture service)
{
    [Fact]
    public async Task Payment_Succeeded_Should_Send_One_Email_And_Add_One_In_App_Notification()
    {
        var userId = Guid.NewGuid();
        var orderId = await service.PlaceOrderAsync(userId, "ada@example.com");
        var paid = new PaymentSucceededIntegrationEvent(orderId, "25.00", "USD");
        await service.PublishAsync(paid);

        var message = await service.WaitForMessageAsync(paid.Id);

        message.To.Should().Equal("ada@example.com");
        message.Header("X-Graph-Event-Type").Should().Be("payment.succeeded.v1");
        message.Subject.Should().StartWith("Payment received for order");
        message.Body.Should().Contain("25.00 USD").And.Contain(orderId.ToString());
        (await service.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = @p0 AND event_id = @p1", userId, paid.Id))
            .Should().Be(1);
        await Eventually.UntilAsync(() => service.EmailStatusAsync(paid.Id), s => s == "SENT", "the sent email", NotificationsServiceFixture.Wait);
    }

    [Fact]
    public async Task The_Same_Event_Delivered_Twice_Should_Send_One_Email()
    {
        var orderId = await service.PlaceOrderAsync(Guid.NewGuid(), "grace@example.com");
        var paid = new PaymentSucceededIntegrationEvent(orderId, "10.00", "EUR");
        await service.PublishAsync(paid);
        await service.PublishAsync(paid);
        // Same key, same partition: once the later event's email is out, both copies were consumed.
        var refunded = new PaymentRefundedIntegrationEvent(orderId, "10.00", "EUR");
        await service.PublishAsync(refunded);
        await service.WaitForMessageAsync(refunded.Id);
        await service.WaitForMessageAsync(paid.Id);

        service.MessagesFor(paid.Id).Should().ContainSingle();
        (await service.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE event_id = @p0", paid.Id)).Should().Be(1);
    }

    [Fact]
    public async Task A_Payment_Event_Before_Its_Order_Should_Wait_And_Be_Sent_When_The_Order_Arrives()
    {
        var userId = Guid.NewGuid();
        var orderId = Guid.CreateVersion7();
        var failed = new PaymentFailedIntegrationEvent(orderId, "card_declined", "Your card was declined.");
        await service.PublishAsync(failed);
        await Eventually.UntilAsync(() => service.EmailStatusAsync(failed.Id), s => s == "WAITING_FOR_ORDER", "the waiting email", NotificationsServiceFixture.Wait);

        await service.PublishAsync(new OrderStatusChangedIntegrationEvent(orderId, userId, "lin@example.com", "PAYMENT_FAILED", "PENDING", "5.00", "USD"));
        var message = await service.WaitForMessageAsync(failed.Id);

        message.To.Should().Equal("lin@example.com");
        message.Body.Should().Contain("Your card was declined.").And.Contain("card_declined");
    }

    [Fact]
    public async Task When_Smtp_Is_Down_The_Email_Should_Reach_The_Dlq_After_The_Retries_And_A_Replay_Should_Send_It_Once()
    {
        var orderId = await service.PlaceOrderAsync(Guid.NewGuid(), "dlq@example.com");
        var shipped = new OrderStatusChangedIntegrationEvent(orderId, Guid.NewGuid(), "dlq@example.com", "SHIPPED", "PAID", "9.00", "USD");
        Guid emailId;
        service.Sink.Fail();
        try
        {
            await service.PublishAsync(shipped);
            await Eventually.UntilAsync(() => service.EmailStatusAsync(shipped.Id), s => s == "DEAD", "the dead email", NotificationsServiceFixture.Wait);
            emailId = await service.ScalarAsync<Guid>("SELECT id FROM emails WHERE event_id = @p0", shipped.Id);
            (await service.ScalarAsync<int>("SELECT attempts FROM emails WHERE id = @p0", emailId)).Should().Be(NotificationsServiceFixture.MaxAttempts);
            (await service.ScalarAsync<string>("SELECT last_error FROM emails WHERE id = @p0", emailId)).Should().Contain("451");
            var letter = await Eventually.UntilAsync(
                async () => (await service.Host.Services.GetRequiredService<DeadLetterQueue>().ListAsync(NotificationDeadLettered.Topic))
                    .FirstOrDefault(l => Encoding.UTF8.GetString(l.Value.Span).Contains(emailId.ToString())),
                l => l is not null, "the dead letter on notification.dlq", NotificationsServiceFixture.Wait);
            var envelope = EventEnvelope.Parse(letter!.Value.ToArray());
            envelope.Type.Should().Be(NotificationDeadLettered.TypeName);
            envelope.Data.GetProperty("error").GetString().Should().Contain("451");
            envelope.Data.GetProperty("eventId").GetGuid().Should().Be(shipped.Id);
            service.MessagesFor(shipped.Id).Should().BeEmpty();
        }
        finally
        {
            service.Sink.Recover();
        }

        using (var replay = await service.Host.PostAsync(ReplayMutation, new { id = emailId }, service.AdminToken))
        {
            replay.Get("replayDeadLetter", "queued").GetBoolean().Should().BeTrue(replay.Body);
        }
        await service.WaitForMessageAsync(shipped.Id);
        await Eventually.UntilAsync(() => service.EmailStatusAsync(shipped.Id), s => s == "SENT", "the replayed email", NotificationsServiceFixture.Wait);

        using (var again = await service.Host.PostAsync(ReplayMutation, new { id = emailId }, service.AdminToken))
        {
            again.Get("replayDeadLetter", "queued").GetBoolean().Should().BeFalse();
            again.Get("replayDeadLetter", "errors")[0].GetProperty("code").GetString().Should().Be("DEAD_LETTER_NOT_REPLAYABLE");
        }
        service.MessagesFor(shipped.Id).Should().ContainSingle();
    }

    internal const string ReplayMutation =
        "mutation($id: ID!) { replayDeadLetter(input: { id: $id }) { queued errors { __typename ... on Error { code message } } } }";
}
