using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Subscriptions;
using Graph.Execution;
using Graph.Notifications.Domain;
using Graph.ServiceDefaults.Auth;
using Graph.Types;

namespace Graph.Notifications.GraphQL;

/// <summary>Live in-app notifications.</summary>
[SubscriptionType]
public static class NotificationSubscriptions
{
    [GraphQLDescription("The caller's new in-app notifications as they arrive (signed-in users; only their own).")]
    public static async ValueTask<IAsyncEnumerable<Notification>> NotificationReceived(
        ClaimsPrincipal caller, ITopicEventReceiver receiver, CancellationToken cancellationToken)
    {
        // The subscribe step runs no field middleware (Graph.AspNetCore README), so the check is here: the topic is
        // the caller's own, never one chosen by an argument.
        var userId = caller.GetUserId()
            ?? throw new GraphQLException("Sign in to receive notifications.", AuthorizationErrorCodes.NotAuthenticated);

        // Subscribed now, while the operation is being executed, not when the stream is first read: the response
        // starts after this, so a notification created once the client sees it is never missed. The operation's token
        // ends the subscription should the stream never be read.
        return await receiver.SubscribeAsync<Notification>(NotificationTopics.ForUser(userId), cancellationToken).ConfigureAwait(false);
    }
}
