using FluentAssertions;
using Graph.Messaging;
using Graph.Notifications.Events;
using Graph.Notifications.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary>
/// <c>user.deleted</c> (docs/events.md): the account's in-app inbox, emails (dead letters included) and order contacts
/// are deleted, other users' stay, a second delivery changes nothing, and a late order event of the erased user writes
/// nothing back.
/// </summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class UserDeletedTests(NotificationsServiceFixture service)
{
    private const string InboxQuery =
        "query($id: ID!) { _entities(representations: [{ __typename: \"User\", id: $id }]) { ... on User { unreadNotificationCount notifications(first: 10) { nodes { id } } } } }";

    [Fact]
    public async Task User_Deleted_Should_Delete_Their_Inbox_Emails_And_Contacts_And_Keep_Other_Users()
    {
        var (erased, other) = (Guid.NewGuid(), Guid.NewGuid());
        var erasedAddress = $"erased-{erased:N}@example.com";
        var erasedPaid = await PaidAndSentAsync(erased, erasedAddress);
        var otherPaid = await PaidAndSentAsync(other, "kept@example.com");

        await DeliverAsync(new UserDeleted(erased));

        (await RowsNamingAsync(erased, erasedAddress)).Should().Be(0);
        using (var inbox = await service.Host.PostAsync(InboxQuery, new { id = erased }, service.CustomerToken(erased)))
        {
            var user = inbox.Get("_entities")[0];
            user.GetProperty("unreadNotificationCount").GetInt32().Should().Be(0, inbox.Body);
            user.GetProperty("notifications").GetProperty("nodes").GetArrayLength().Should().Be(0);
        }

        (await service.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE user_id = @p0 AND event_id = @p1", other, otherPaid)).Should().Be(1);
        (await service.EmailStatusAsync(otherPaid)).Should().Be("SENT");
        (await service.ScalarAsync<long>("SELECT count(*) FROM order_contacts WHERE user_id = @p0", other)).Should().Be(1);
        (await service.EmailStatusAsync(erasedPaid)).Should().BeNull();
    }

    [Fact]
    public async Task A_Dead_Letter_Of_An_Erased_User_Should_Be_Deleted_So_Its_Replay_Answers_Not_Found()
    {
        var erased = Guid.NewGuid();
        var orderId = await service.PlaceOrderAsync(erased, $"dead-{erased:N}@example.com");
        var shipped = new OrderStatusChangedIntegrationEvent(orderId, erased, $"dead-{erased:N}@example.com", "SHIPPED", "PAID", "9.00", "USD");
        Guid emailId;
        service.Sink.Fail();
        try
        {
            await service.PublishAsync(shipped);
            await Eventually.UntilAsync(() => service.EmailStatusAsync(shipped.Id), s => s == "DEAD", "the dead email", NotificationsServiceFixture.Wait);
            emailId = await service.ScalarAsync<Guid>("SELECT id FROM emails WHERE event_id = @p0", shipped.Id);
        }
        finally
        {
            service.Sink.Recover();
        }

        await DeliverAsync(new UserDeleted(erased));

        using (var replay = await service.Host.PostAsync(EmailFlowTests.ReplayMutation, new { id = emailId }, service.AdminToken))
        {
            replay.Get("replayDeadLetter", "queued").GetBoolean().Should().BeFalse(replay.Body);
            replay.Get("replayDeadLetter", "errors")[0].GetProperty("code").GetString().Should().Be("NOT_FOUND");
        }

        using (var letters = await service.Host.PostAsync("{ deadLetters(first: 50) { nodes { id recipient } } }", accessToken: service.AdminToken))
        {
            letters.Errors.Should().BeEmpty(letters.Body);
            letters.Body.Should().NotContain(emailId.ToString()).And.NotContain($"dead-{erased:N}");
        }

        service.MessagesFor(shipped.Id).Should().BeEmpty();
    }

    [Fact]
    public async Task User_Deleted_Twice_And_Late_Order_Events_Should_Not_Bring_The_Address_Back()
    {
        var erased = Guid.NewGuid();
        var address = $"late-{erased:N}@example.com";
        var firstOrder = await service.PlaceOrderAsync(erased, address);
        await DeliverAsync(new UserDeleted(erased));

        // Another delivery under a new id (a producer retry), then order events still in flight for the erased user.
        await DeliverAsync(new UserDeleted(erased));
        var secondOrder = new OrderCreatedIntegrationEvent(Guid.CreateVersion7(), erased, address, "USD", "5.00");
        var shipped = new OrderStatusChangedIntegrationEvent(firstOrder, erased, address, "SHIPPED", "PAID", "25.00", "USD");
        await DeliverAsync(secondOrder, shipped);

        (await RowsNamingAsync(erased, address)).Should().Be(0);
        (await service.ScalarAsync<long>("SELECT count(*) FROM erased_users WHERE user_id = @p0", erased)).Should().Be(1);
        (await service.EmailStatusAsync(shipped.Id)).Should().BeNull("a late status of an erased user writes no email");
        service.MessagesFor(shipped.Id).Should().BeEmpty();
    }

    /// <summary>An order of <paramref name="userId"/> is paid; returns the payment event's id once its email was sent.</summary>
    private async Task<Guid> PaidAndSentAsync(Guid userId, string address)
    {
        var orderId = await service.PlaceOrderAsync(userId, address);
        var paid = new PaymentSucceededIntegrationEvent(orderId, "12.50", "USD");
        await service.PublishAsync(paid);
        await service.WaitForMessageAsync(paid.Id);
        await Eventually.UntilAsync(() => service.EmailStatusAsync(paid.Id), s => s == "SENT", "the sent email", NotificationsServiceFixture.Wait);
        return paid.Id;
    }

    /// <summary>Publishes the events and waits until the service consumed every one (its inbox holds them).</summary>
    private async Task DeliverAsync(params IntegrationEvent[] events)
    {
        foreach (var e in events)
        {
            await service.PublishAsync(e);
        }

        var ids = events.Select(e => e.Id).ToArray();
        await Eventually.UntilAsync(
            () => service.ScalarAsync<long>("SELECT count(DISTINCT message_id) FROM inbox_messages WHERE message_id = ANY (@p0)", ids),
            n => n == ids.Length, "the events consumed", NotificationsServiceFixture.Wait);
    }

    /// <summary>How many rows still name the user or hold their address, in every table of the service.</summary>
    private Task<long> RowsNamingAsync(Guid userId, string address) =>
        service.ScalarAsync<long>(
            """
            SELECT (SELECT count(*) FROM notifications WHERE user_id = @p0)
                 + (SELECT count(*) FROM emails WHERE user_id = @p0 OR recipient = @p1)
                 + (SELECT count(*) FROM order_contacts WHERE user_id = @p0 OR email = @p1)
            """, userId, address);
}
