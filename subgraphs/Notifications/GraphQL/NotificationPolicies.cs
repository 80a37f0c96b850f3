using Graph.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Graph.Notifications.GraphQL;

/// <summary>Policy names of this subgraph.</summary>
public static class NotificationPolicies
{
    /// <summary>Only the user themself (an inbox is private; admins do not read it either).</summary>
    public const string Owner = "notificationsOwner";
}

/// <summary>The caller must be the <see cref="User"/> whose field is resolved (the parent object).</summary>
public sealed class InboxOwnerRequirement : IAuthorizationRequirement;

/// <summary>Decides <see cref="InboxOwnerRequirement"/>: the token's subject is the user being resolved.</summary>
public sealed class InboxOwnerHandler : AuthorizationHandler<InboxOwnerRequirement, User>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, InboxOwnerRequirement requirement, User resource)
    {
        if (context.User.GetUserId() is { } callerId && callerId == resource.Id) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
