using FluentAssertions;
using Graph.Notifications.Events;
using Graph.Notifications.Tests.Support;
using Graph.Testing.Subscriptions;
using Xunit;

namespace Graph.Notifications.Tests;

/// <summary><c>notificationReceived</c> streams the caller's own new notifications through the subscription bus.</summary>
[Collection(NotificationsServiceCollection.Name)]
public sealed class SubscriptionTests(NotificationsServiceFixture service)
{
    private const string Subscription = "subscription { notificationReceived { id title body read } }";

    [Fact]
    public async Task Each_Subscriber_Should_Receive_Only_Their_Own_Notifications()
    {
        var ada = Guid.NewGuid();
        var bob = Guid.NewGuid();
        await using var adaStream = await SseSubscription.StartAsync(service.Host.GraphQLEndpoint, Subscription, accessToken: service.CustomerToken(ada), timeout: NotificationsServiceFixture.Wait);
        await using var bobStream = await SseSubscription.StartAsync(service.Host.GraphQLEndpoint, Subscription, accessToken: service.CustomerToken(bob), timeout: NotificationsServiceFixture.Wait);

        var adaOrder = await service.PlaceOrderAsync(ada, "ada@example.com");
        await service.PublishAsync(new PaymentSucceededIntegrationEvent(adaOrder, "1.00", "USD"));
        var adaResult = await adaStream.NextAsync();
        adaResult.GetProperty("data").GetProperty("notificationReceived").GetProperty("body").GetString().Should().Contain(adaOrder.ToString());

        // Bob's notification comes after Ada's: if Ada's had reached Bob's stream, it would be his first result.
        var bobOrder = await service.PlaceOrderAsync(bob, "bob@example.com");
        await service.PublishAsync(new PaymentRefundedIntegrationEvent(bobOrder, "2.00", "USD"));
        var bobResult = await bobStream.NextAsync();
        var bobNotification = bobResult.GetProperty("data").GetProperty("notificationReceived");
        bobNotification.GetProperty("title").GetString().Should().StartWith("Refund issued");
        bobNotification.GetProperty("body").GetString().Should().Contain(bobOrder.ToString());
    }

    [Fact]
    public async Task An_Anonymous_Subscriber_Should_Get_An_Authentication_Error()
    {
        await using var stream = await SseSubscription.StartAsync(service.Host.GraphQLEndpoint, Subscription, accessToken: null, timeout: NotificationsServiceFixture.Wait);

        var result = await stream.NextAsync();

        result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("AUTH_NOT_AUTHENTICATED");
    }
}
