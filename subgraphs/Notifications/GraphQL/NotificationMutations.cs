using Graph.AspNetCore.Authorization;
using Graph.Notifications.Domain;
using Graph.Notifications.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using System.Security.Claims;

namespace Graph.Notifications.GraphQL;

/// <summary>The input of <c>markNotificationRead</c>.</summary>
[GraphQLDescription("The notification to mark read.")]
public sealed record MarkNotificationReadInput([ID] [GraphQLDescription("The notification's id.")] Guid Id);

/// <summary>The result of <c>markNotificationRead</c>.</summary>
[GraphQLDescription("The result of `markNotificationRead`.")]
public sealed record MarkNotificationReadPayload(
    [GraphQLDescription("The notification, now read; null when `errors` is not empty.")] Notification? Notification,
    [property: GraphQLType("[" + MutationErrorUnions.MarkNotificationRead + "!]!")]
    [GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>Changes to the caller's own inbox.</summary>
[MutationType]
public static class NotificationMutations
{
    [Authorize]
    [GraphQLDescription("Marks one of the caller's notifications read (idempotent). Another user's notification is not found.")]
    public static async Task<MarkNotificationReadPayload> MarkNotificationReadAsync(
        MarkNotificationReadInput input, ClaimsPrincipal caller, NotificationsDb db, CancellationToken cancellationToken)
    {
        var userId = caller.GetUserId();
        var notification = await db.Notifications.FindAsync([input.Id], cancellationToken);
        // Someone else's notification answers as a missing one: ids are not a way to probe other inboxes.
        if (notification is null || notification.UserId != userId)
        {
            return new MarkNotificationReadPayload(null, [new NotFoundError(nameof(Notification), input.Id.ToString())]);
        }
        if (!notification.Read)
        {
            notification.Read = true;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new MarkNotificationReadPayload(notification, []);
    }
}
