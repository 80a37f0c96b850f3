using Graph.AspNetCore.Authorization;
using Graph.Data;
using Graph.Notifications.Domain;
using Graph.Notifications.Infrastructure;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Notifications.GraphQL;

/// <summary>The inbox on <see cref="User"/>.</summary>
[ObjectType<User>]
public static class UserNode
{
    [Authorize(Policy = NotificationPolicies.Owner)]
    [GraphQLDescription("The user's in-app notifications, newest first (the user only). At most 50 per page.")]
    public static async Task<Connection<Notification>> GetNotificationsAsync(
        [Parent] User user,
        IDbContextFactory<NotificationsDb> dbFactory,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n notifications after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the notifications after it.")] string? after = null)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == user.Id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToConnectionAsync(new PagingArguments(first, after) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken);
    }

    [Authorize(Policy = NotificationPolicies.Owner)]
    [GraphQLDescription("How many notifications the user has not read yet (the user only).")]
    public static async Task<int> GetUnreadNotificationCountAsync(
        [Parent] User user, IDbContextFactory<NotificationsDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.UserId == user.Id && !n.Read, cancellationToken);
    }
}
