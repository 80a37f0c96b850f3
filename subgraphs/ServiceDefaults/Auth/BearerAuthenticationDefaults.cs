namespace Graph.ServiceDefaults.Auth;

/// <summary>Names of the access-token scheme.</summary>
public static class BearerAuthenticationDefaults
{
    public const string Scheme = "Bearer";

    /// <summary><c>extensions.code</c> of the 401 answered for a present but invalid token.</summary>
    public const string InvalidTokenCode = "AUTH_INVALID_TOKEN";
}
