using Graph.AspNetCore.Authorization;
using Graph.Types;
using Graph.Users.Accounts;
using Graph.Users.Authorization;
using Graph.Users.DataLoaders;

namespace Graph.Users.GraphQL;

/// <summary>
/// Who may read which field of <see cref="User"/>: <c>id</c>, <c>displayName</c>, <c>createdAt</c> are public. Guarded
/// fields are nullable, so a denied field is null with an error instead of nulling the whole user.
/// </summary>
[ObjectType<User>]
public static class UserNode
{
    [CacheControl(Scope = CacheControlScope.Private)] // for the gateway's response cache: per user
    [Authorize(Policy = UserPolicies.OwnerOrAdmin)]
    [GraphQLDescription("The sign-in email, normalized to lower case. Visible to the user and to admins.")]
    public static string? GetEmail([Parent] User user) => user.Email;

    [CacheControl(Scope = CacheControlScope.Private)] // for the gateway's response cache: per user
    [Authorize(Policy = UserPolicies.OwnerOrAdmin)]
    [GraphQLDescription("The user's roles. Visible to the user and to admins.")]
    public static IReadOnlyList<UserRole>? GetRoles([Parent] User user) => user.Roles;

    [CacheControl(Scope = CacheControlScope.Private)] // for the gateway's response cache: per user
    [Authorize(Policy = UserPolicies.Owner)]
    [GraphQLDescription("The user's saved postal addresses, oldest first (at most 20). Only the user can read them.")]
    public static async Task<Address[]?> GetAddressesAsync([Parent] User user, AddressesByUserIdLoader byUserId, CancellationToken cancellationToken) =>
        await byUserId.LoadAsync(user.Id, cancellationToken).ConfigureAwait(false);

    [CacheControl(Scope = CacheControlScope.Private)] // for the gateway's response cache: per user
    [Authorize(Policy = UserPolicies.Owner)]
    [GraphQLDescription("The user's saved cards as Stripe payment methods, oldest first (at most 10). Only the user can read them; admins cannot.")]
    public static async Task<PaymentMethod[]?> GetPaymentMethodsAsync([Parent] User user, PaymentMethodsByUserIdLoader byUserId, CancellationToken cancellationToken) =>
        await byUserId.LoadAsync(user.Id, cancellationToken).ConfigureAwait(false);
}
