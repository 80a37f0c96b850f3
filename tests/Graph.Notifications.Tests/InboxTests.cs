using FluentAssertions;
using Graph.Notifications.Events;
using Graph.Notifications.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary><c>User.notifications</c> and <c>markNotificationRead</c>: a user's inbox is theirs alone.</summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class InboxTests(NotificationsServiceFixture service)
{
    private const string InboxQuery =
        "query($id: ID!) { _entities(representations: [{ __typename: \"User\", id: $id }]) { ... on User { id unreadNotificationCount notifications(first: 10) { nodes { id title body read createdAt } } } } }";

    private const string MarkReadMutation =
        "mutation($id: ID!) { markNotificationRead(input: { id: $id }) { notification { id read } errors { __typename ... on Error { code } } } }";

    [Fact]
    public async Task The_Owner_Should_See_Their_Notifications_And_Mark_One_Read()
    {
        var userId = Guid.NewGuid();
        var paid = await NotifyAsync(userId);

        using var inbox = await service.Host.PostAsync(InboxQuery, new { id = userId }, service.CustomerToken(userId));
        var user = inbox.Get("_entities")[0];
        user.GetProperty("unreadNotificationCount").GetInt32().Should().Be(1, inbox.Body);
        var node = user.GetProperty("notifications").GetProperty("nodes").EnumerateArray().Should().ContainSingle().Subject;
        node.GetProperty("title").GetString().Should().StartWith("Payment received");
        node.GetProperty("read").GetBoolean().Should().BeFalse();
        var notificationId = node.GetProperty("id").GetString();

        using var marked = await service.Host.PostAsync(MarkReadMutation, new { id = notificationId }, service.CustomerToken(userId));
        marked.Get("markNotificationRead", "notification", "read").GetBoolean().Should().BeTrue(marked.Body);
        using var after = await service.Host.PostAsync(InboxQuery, new { id = userId }, service.CustomerToken(userId));
        after.Get("_entities")[0].GetProperty("unreadNotificationCount").GetInt32().Should().Be(0);
        paid.Should().NotBe(Guid.Empty);
    }

    [Fact]
    public async Task Another_User_Or_An_Anonymous_Caller_Should_Not_See_Someone_Elses_Notifications()
    {
        var userId = Guid.NewGuid();
        await NotifyAsync(userId);

        using var stranger = await service.Host.PostAsync(InboxQuery, new { id = userId }, service.CustomerToken(Guid.NewGuid()));
        stranger.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        stranger.Body.Should().NotContain("Payment received");

        using var admin = await service.Host.PostAsync(InboxQuery, new { id = userId }, service.AdminToken);
        admin.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED", "an inbox is private, even to admins");

        using var anonymous = await service.Host.PostAsync(InboxQuery, new { id = userId });
        anonymous.ErrorCodes.Should().NotBeEmpty().And.OnlyContain(c => c == "AUTH_NOT_AUTHENTICATED" || c == "AUTH_NOT_AUTHORIZED");
        anonymous.Body.Should().NotContain("Payment received");
    }

    [Fact]
    public async Task Marking_Another_Users_Notification_Read_Should_Answer_Not_Found_And_Change_Nothing()
    {
        var userId = Guid.NewGuid();
        await NotifyAsync(userId);
        var notificationId = await service.ScalarAsync<Guid>("SELECT id FROM notifications WHERE user_id = @p0", userId);

        using var marked = await service.Host.PostAsync(MarkReadMutation, new { id = notificationId }, service.CustomerToken(Guid.NewGuid()));

        marked.Get("markNotificationRead", "errors")[0].GetProperty("code").GetString().Should().Be("NOT_FOUND");
        (await service.ScalarAsync<bool>("SELECT read FROM notifications WHERE id = @p0", notificationId)).Should().BeFalse();
    }

    [Fact]
    public async Task Marking_A_Notification_Read_Anonymously_Should_Be_Refused()
    {
        using var marked = await service.Host.PostAsync(MarkReadMutation, new { id = Guid.NewGuid() });

        marked.ErrorCodes.Should().Contain("AUTH_NOT_AUTHENTICATED");
    }

    /// <summary>An order of <paramref name="userId"/> is paid; returns the event id once its notification exists.</summary>
    private async Task<Guid> NotifyAsync(Guid userId)
    {
        var orderId = await service.PlaceOrderAsync(userId, "inbox@example.com");
        var paid = new PaymentSucceededIntegrationEvent(orderId, "12.50", "USD");
        await service.PublishAsync(paid);
        await Eventually.UntilAsync(
            () => service.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE event_id = @p0", paid.Id), n => n == 1, "the notification", NotificationsServiceFixture.Wait);
        return paid.Id;
    }
}
