namespace Graph.AspNetCore.Authorization;

/// <summary>The <c>extensions.code</c> values of authorization errors (the same codes as HotChocolate, so clients port unchanged).</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The caller has no authenticated identity and the rule needs one.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The caller is authenticated but lacks the role or fails the policy.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The rule names a policy nobody registered: a server configuration error, reported on the field rather than as a 500.</summary>
    public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";

    /// <summary>The message of both denials; it says nothing about which role or policy failed, so it leaks nothing.</summary>
    public const string DeniedMessage = "The current user is not authorized to access this resource.";
}
