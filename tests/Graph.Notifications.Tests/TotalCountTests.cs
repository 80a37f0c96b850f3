using FluentAssertions;
using Graph.Notifications.Events;
using Graph.Notifications.Tests.Support;
using Graph.Testing.Polling;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary>
/// <c>totalCount</c> of <c>User.notifications</c> and <c>deadLetters</c>: the number of items of the whole list whatever
/// the page, behind the same authorization as the list.
/// </summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class TotalCountTests(NotificationsServiceFixture service)
{
    private const string InboxTotalQuery =
        "query($id: ID!) { _entities(representations: [{ __typename: \"User\", id: $id }]) { ... on User { notifications(first: 1) { totalCount nodes { id } } } } }";

    private const string DeadLettersTotalQuery = "{ deadLetters(first: 1) { totalCount nodes { id } } }";

    [Fact]
    public async Task Notifications_Total_Count_Should_Count_The_Whole_Inbox_While_The_Page_Is_Smaller()
    {
        var userId = Guid.NewGuid();
        for (var i = 0; i < 3; i++)
        {
            await NotifyAsync(userId);
        }

        using var inbox = await service.Host.PostAsync(InboxTotalQuery, new { id = userId }, service.CustomerToken(userId));

        inbox.Errors.Should().BeEmpty(inbox.Body);
        var notifications = inbox.Get("_entities")[0].GetProperty("notifications");
        notifications.GetProperty("nodes").GetArrayLength().Should().Be(1);
        notifications.GetProperty("totalCount").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task An_Empty_Inbox_Should_Count_Zero_And_Another_Users_Should_Stay_Unreadable()
    {
        var userId = Guid.NewGuid();
        await NotifyAsync(userId);
        var empty = Guid.NewGuid();

        using var own = await service.Host.PostAsync(InboxTotalQuery, new { id = empty }, service.CustomerToken(empty));
        using var stranger = await service.Host.PostAsync(InboxTotalQuery, new { id = userId }, service.CustomerToken(empty));

        own.Get("_entities")[0].GetProperty("notifications").GetProperty("totalCount").GetInt32().Should().Be(0, own.Body);
        stranger.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        stranger.Body.Should().NotContain("\"totalCount\"");
    }

    [Fact]
    public async Task Dead_Letters_Total_Count_Should_Count_Every_Dead_Email_For_Admins_Only()
    {
        var events = new[] { await ShippedAsync(), await ShippedAsync() };
        service.Sink.Fail();
        try
        {
            foreach (var shipped in events)
            {
                await service.PublishAsync(shipped);
            }

            foreach (var shipped in events)
            {
                await Eventually.UntilAsync(() => service.EmailStatusAsync(shipped.Id), s => s == "DEAD", "the dead email", NotificationsServiceFixture.Wait);
            }
        }
        finally
        {
            service.Sink.Recover();
        }

        var dead = await service.ScalarAsync<long>("SELECT count(*) FROM emails WHERE status = 'DEAD'");
        using var asAdmin = await service.Host.PostAsync(DeadLettersTotalQuery, accessToken: service.AdminToken);
        using var asCustomer = await service.Host.PostAsync(DeadLettersTotalQuery, accessToken: service.CustomerToken(Guid.NewGuid()));

        asAdmin.Errors.Should().BeEmpty(asAdmin.Body);
        dead.Should().BeGreaterThanOrEqualTo(2);
        asAdmin.Get("deadLetters", "nodes").GetArrayLength().Should().Be(1);
        asAdmin.Get("deadLetters", "totalCount").GetInt32().Should().Be((int)dead);
        asCustomer.ErrorCodes.Should().Contain("AUTH_NOT_AUTHORIZED");
        asCustomer.Body.Should().NotContain("\"totalCount\"");
    }

    /// <summary>An order of <paramref name="userId"/> is paid; returns once its notification exists.</summary>
    private async Task NotifyAsync(Guid userId)
    {
        var orderId = await service.PlaceOrderAsync(userId, "total@example.com");
        var paid = new PaymentSucceededIntegrationEvent(orderId, "12.50", "USD");
        await service.PublishAsync(paid);
        await Eventually.UntilAsync(
            () => service.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE event_id = @p0", paid.Id), n => n == 1, "the notification", NotificationsServiceFixture.Wait);
    }

    /// <summary>A new order's SHIPPED status change, whose email goes out once published.</summary>
    private async Task<OrderStatusChangedIntegrationEvent> ShippedAsync()
    {
        var userId = Guid.NewGuid();
        var orderId = await service.PlaceOrderAsync(userId, "dead-total@example.com");
        return new OrderStatusChangedIntegrationEvent(orderId, userId, "dead-total@example.com", "SHIPPED", "PAID", "9.00", "USD");
    }
}
