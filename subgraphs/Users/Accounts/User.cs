using Graph.Types;

namespace Graph.Users.Accounts;

/// <summary>
/// A user as the schema shows it (and as the entity cache holds it): no credentials. Who may read which field is
/// declared on <see cref="Graph.Users.GraphQL.UserNode"/>. Not sealed only for <see cref="SessionUser"/>.
/// </summary>
[Key("id")]
[GraphQLDescription("A person with an account: a customer or an administrator.")]
public record User(
    [ID, GraphQLDescription("The user's id.")] Guid Id,
    [GraphQLDescription("The sign-in email, normalized to lower case. Visible to the user and to admins.")] string Email,
    [GraphQLDescription("The name shown to other people.")] string DisplayName,
    [GraphQLDescription("The user's roles. Visible to the user and to admins.")] IReadOnlyList<UserRole> Roles,
    [GraphQLDescription("When the account was created.")] DateTimeOffset CreatedAt);

/// <summary>
/// The user of a session this very request opened (sign-up, sign-in, refresh): the caller proved to be this user
/// with a password or refresh token, though the request carried no access token, so the payload's <c>user</c> shows
/// the owner's fields. Never cached, never returned by lookups.
/// </summary>
public sealed record SessionUser : User
{
    public SessionUser(User user)
        : base(user)
    {
    }
}
