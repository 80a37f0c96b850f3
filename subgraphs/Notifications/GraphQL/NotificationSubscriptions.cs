using System.Runtime.CompilerServices;
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
    public static async IAsyncEnumerable<Notification> NotificationReceived(
        ClaimsPrincipal caller, ITopicEventReceiver receiver, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The subscribe step runs no field middleware (Graph.AspNetCore README), so the check is here: the topic is
        // the caller's own, never one chosen by an argument.
        var userId = caller.GetUserId()
            ?? throw new GraphQLException("Sign in to receive notifications.", AuthorizationErrorCodes.NotAuthenticated);
        await using var stream = await receiver.SubscribeAsync<Notification>(NotificationTopics.ForUser(userId), cancellationToken);
        await foreach (var notification in stream.WithCancellation(cancellationToken))
        {
            yield return notification;
        }
    }
}
