using Graph.ServiceDefaults.Errors;

namespace Graph.Users.Accounts;

/// <summary>The result of a domain operation: a value, or the typed errors a mutation payload returns.</summary>
public sealed record Outcome<T>(T? Value, IReadOnlyList<IError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new(value, []);

    public static Outcome<T> Fail(IError error) => new(null, [error]);

    public static Outcome<T> Fail(IReadOnlyList<IError> errors) => new(null, errors);
}

/// <summary>A signed-in session: a short-lived access token, its rotating refresh token, and the user.</summary>
public sealed record AuthSession(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt, User User);
