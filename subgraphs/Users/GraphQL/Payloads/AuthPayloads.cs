using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Graph.Users.Accounts;

namespace Graph.Users.GraphQL.Payloads;

/// <summary>The result of <c>signUp</c>: a session for the new account, or the errors.</summary>
[GraphQLDescription("The new account's session, or why the sign-up failed.")]
public sealed record SignUpPayload(
    [GraphQLDescription("A 15-minute ES256 JWT for `Authorization: Bearer`.")] string? AccessToken,
    [GraphQLDescription("A single-use token for `refreshToken`, valid 30 days.")] string? RefreshToken,
    [GraphQLDescription("When the access token expires.")] DateTimeOffset? ExpiresAt,
    [GraphQLDescription("The new user.")] User? User,
    [GraphQLType("[SignUpError!]"), GraphQLDescription("Why the sign-up failed; null when it succeeded.")] IReadOnlyList<IError>? Errors)
{
    internal static SignUpPayload From(Outcome<AuthSession> outcome) => outcome.Value is { } s
        ? new(s.AccessToken, s.RefreshToken, s.ExpiresAt, s.User, null)
        : new(null, null, null, null, outcome.Errors);
}

/// <summary>The result of <c>signIn</c>.</summary>
[GraphQLDescription("A new session, or why the sign-in failed.")]
public sealed record SignInPayload(
    [GraphQLDescription("A 15-minute ES256 JWT for `Authorization: Bearer`.")] string? AccessToken,
    [GraphQLDescription("A single-use token for `refreshToken`, valid 30 days.")] string? RefreshToken,
    [GraphQLDescription("When the access token expires.")] DateTimeOffset? ExpiresAt,
    [GraphQLDescription("The signed-in user.")] User? User,
    [GraphQLType("[SignInError!]"), GraphQLDescription("Why the sign-in failed; null when it succeeded.")] IReadOnlyList<IError>? Errors)
{
    internal static SignInPayload From(Outcome<AuthSession> outcome) => outcome.Value is { } s
        ? new(s.AccessToken, s.RefreshToken, s.ExpiresAt, s.User, null)
        : new(null, null, null, null, outcome.Errors);
}

/// <summary>The result of <c>refreshToken</c>.</summary>
[GraphQLDescription("The session's next pair of tokens, or why the refresh failed.")]
public sealed record RefreshTokenPayload(
    [GraphQLDescription("A 15-minute ES256 JWT for `Authorization: Bearer`.")] string? AccessToken,
    [GraphQLDescription("The successor refresh token; the one presented is spent.")] string? RefreshToken,
    [GraphQLDescription("When the access token expires.")] DateTimeOffset? ExpiresAt,
    [GraphQLDescription("The session's user.")] User? User,
    [GraphQLType("[RefreshTokenError!]"), GraphQLDescription("Why the refresh failed; null when it succeeded.")] IReadOnlyList<IError>? Errors)
{
    internal static RefreshTokenPayload From(Outcome<AuthSession> outcome) => outcome.Value is { } s
        ? new(s.AccessToken, s.RefreshToken, s.ExpiresAt, s.User, null)
        : new(null, null, null, null, outcome.Errors);
}

/// <summary>The result of <c>signOut</c>.</summary>
[GraphQLDescription("Whether the session was ended.")]
public sealed record SignOutPayload(
    [GraphQLDescription("True when the session's refresh tokens are revoked.")] bool SignedOut,
    [GraphQLType("[SignOutError!]"), GraphQLDescription("Why the sign-out failed; null when it succeeded.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>changePassword</c>.</summary>
[GraphQLDescription("The user whose password changed (every session ended), or why it did not.")]
public sealed record ChangePasswordPayload(
    [GraphQLDescription("The user; sign in again with the new password.")] User? User,
    [GraphQLType("[ChangePasswordError!]"), GraphQLDescription("Why the change failed; null when it succeeded.")] IReadOnlyList<IError>? Errors);

/// <summary>The result of <c>deleteAccount</c>.</summary>
[GraphQLDescription("The id of the deleted account, or why it was not deleted.")]
public sealed record DeleteAccountPayload(
    [ID, GraphQLDescription("The deleted user's id.")] Guid? DeletedUserId,
    [GraphQLType("[DeleteAccountError!]"), GraphQLDescription("Why the deletion failed; null when it succeeded.")] IReadOnlyList<IError>? Errors);
