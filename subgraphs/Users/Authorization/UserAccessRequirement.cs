using Graph.ServiceDefaults.Auth;
using Graph.Users.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Graph.Users.Authorization;

/// <summary>Policy names used on <see cref="User"/> fields.</summary>
public static class UserPolicies
{
    /// <summary>Only the user themself (addresses, payment methods: admins do not see card metadata either).</summary>
    public const string Owner = "owner";

    /// <summary>The user themself or an admin (email, roles).</summary>
    public const string OwnerOrAdmin = "ownerOrAdmin";
}

/// <summary>
/// The caller must be the <see cref="User"/> being resolved (the parent object of the guarded field), or an admin when
/// <see cref="AllowAdmin"/>. Applied per field, so it holds through <c>me</c>, <c>userById</c>, <c>users</c> and
/// <c>_entities</c> alike.
/// </summary>
public sealed class UserAccessRequirement(bool allowAdmin) : IAuthorizationRequirement
{
    public bool AllowAdmin { get; } = allowAdmin;
}

/// <summary>
/// Decides <see cref="UserAccessRequirement"/> with the parent <see cref="User"/> as the resource: the caller's token
/// names the user, or the user is the <see cref="SessionUser"/> the caller just signed in as.
/// </summary>
public sealed class UserAccessHandler : AuthorizationHandler<UserAccessRequirement, User>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, UserAccessRequirement requirement, User resource)
    {
        if (resource is SessionUser || (context.User.GetUserId() is { } callerId && callerId == resource.Id))
        {
            context.Succeed(requirement);
        }
        else if (requirement.AllowAdmin && context.User.IsAdmin())
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
