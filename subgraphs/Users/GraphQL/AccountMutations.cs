using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.ServiceDefaults.Auth;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Graph.Users.Accounts;
using Graph.Users.GraphQL.Payloads;
using Graph.Users.Security;

namespace Graph.Users.GraphQL;

/// <summary>Accounts and sessions: sign-up, sign-in, token refresh, sign-out, password change, deletion.</summary>
[MutationType]
public static class AccountMutations
{
    [GraphQLDescription("Creates a customer account and signs it in.")]
    public static async Task<SignUpPayload> SignUpAsync(SignUpInput input, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        SignUpPayload.From(await accounts.SignUpAsync(input, cancellationToken).ConfigureAwait(false));

    [GraphQLDescription("Signs in with email and password. Five failures in a row lock the account for 15 minutes.")]
    public static async Task<SignInPayload> SignInAsync(SignInInput input, [Service] AccountService accounts, CancellationToken cancellationToken) =>
        SignInPayload.From(await accounts.SignInAsync(input, cancellationToken).ConfigureAwait(false));

    [GraphQLDescription("Exchanges a refresh token for a new access token and a new refresh token. A refresh token works once; using one twice ends the session.")]
    public static async Task<RefreshTokenPayload> RefreshTokenAsync(RefreshTokenInput input, [Service] SessionService sessions, CancellationToken cancellationToken) =>
        RefreshTokenPayload.From(await sessions.RefreshAsync(input, cancellationToken).ConfigureAwait(false));

    [GraphQLDescription("Ends the session of the refresh token: none of its refresh tokens works any more.")]
    public static async Task<SignOutPayload> SignOutAsync(SignOutInput input, [Service] SessionService sessions, CancellationToken cancellationToken)
    {
        var outcome = await sessions.SignOutAsync(input, cancellationToken).ConfigureAwait(false);
        return new SignOutPayload(outcome.Succeeded, outcome.Succeeded ? null : outcome.Errors);
    }

    [Authorize]
    [GraphQLDescription("Changes the signed-in user's password and ends all of the user's sessions.")]
    public static async Task<ChangePasswordPayload> ChangePasswordAsync(ChangePasswordInput input, ClaimsPrincipal caller, [Service] AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.ChangePasswordAsync(CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new ChangePasswordPayload(outcome.Value, Errors(outcome));
    }

    [Authorize]
    [GraphQLDescription("Deletes the signed-in user's account and personal data (addresses, payment methods, sessions); other services are told through `user.deleted`.")]
    public static async Task<DeleteAccountPayload> DeleteAccountAsync(DeleteAccountInput input, ClaimsPrincipal caller, [Service] AccountService accounts, CancellationToken cancellationToken)
    {
        var outcome = await accounts.DeleteAccountAsync(CallerId(caller), input, cancellationToken).ConfigureAwait(false);
        return new DeleteAccountPayload(outcome.Value?.Id, Errors(outcome));
    }

    /// <summary>The guarded fields run only for an authenticated caller, whose token always names the user.</summary>
    internal static Guid CallerId(ClaimsPrincipal caller) =>
        caller.GetUserId() ?? throw new InvalidOperationException("The access token names no user (sub).");

    internal static IReadOnlyList<IError>? Errors<T>(Outcome<T> outcome)
        where T : class => outcome.Succeeded ? null : outcome.Errors;
}
