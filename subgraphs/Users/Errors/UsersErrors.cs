using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Users.Errors;

/// <summary>Sign-up with an email that already has an account.</summary>
[GraphQLDescription("An account with this email already exists.")]
public sealed record EmailTakenError([GraphQLDescription("The normalized email.")] string Email) : IError, ISignUpError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "An account with this email already exists.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "EMAIL_TAKEN";
}

/// <summary>
/// Wrong email or password. Unknown emails and wrong passwords give the same error, so an attacker cannot tell which
/// accounts exist.
/// </summary>
[GraphQLDescription("The email and password do not match an account.")]
public sealed record InvalidCredentialsError : IError, ISignInError, IChangePasswordError, IDeleteAccountError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "The email or password is wrong.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "INVALID_CREDENTIALS";
}

/// <summary>Too many failed sign-ins: the account refuses sign-in until <see cref="LockedUntil"/>.</summary>
[GraphQLDescription("The account is locked after repeated failed sign-ins.")]
public sealed record AccountLockedError([GraphQLDescription("When sign-in is allowed again.")] DateTimeOffset LockedUntil) : IError, ISignInError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "The account is locked after too many failed sign-ins; try again later.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "ACCOUNT_LOCKED";
}

/// <summary>A new password that breaks the strength rule.</summary>
[GraphQLDescription("The new password is too weak.")]
public sealed record WeakPasswordError(
    [GraphQLDescription("The input field holding the password.")] string Field,
    [GraphQLDescription("Every rule the password breaks.")] IReadOnlyList<string> Reasons) : IError, ISignUpError, IChangePasswordError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "The password is too weak: " + string.Join(" ", Reasons);

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "WEAK_PASSWORD";
}

/// <summary>A refresh token that is unknown, expired, revoked or already spent.</summary>
[GraphQLDescription("The refresh token is unknown, expired, revoked or already used; sign in again.")]
public sealed record InvalidRefreshTokenError : IError, IRefreshTokenError, ISignOutError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "The refresh token is not valid; sign in again.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "INVALID_REFRESH_TOKEN";
}
