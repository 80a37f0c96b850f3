using System.Security.Claims;

namespace Graph.ServiceDefaults.Auth;

/// <summary>What resolvers ask of the caller.</summary>
public static class ClaimsPrincipalExtensions
{
    public const string AdminRole = "admin";

    /// <summary>The user id (<c>sub</c>) of an authenticated caller, or null for an anonymous one.</summary>
    public static Guid? GetUserId(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var sub = principal.FindFirst(Es256Jwt.SubjectClaim)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return Guid.TryParse(sub, out var id) ? id : null;
    }

    /// <summary>The refresh-token family (<c>sid</c>) the access token was issued under.</summary>
    public static string? GetSessionId(this ClaimsPrincipal? principal) => principal?.FindFirst(Es256Jwt.SessionClaim)?.Value;

    public static bool IsAdmin(this ClaimsPrincipal? principal) => principal?.IsInRole(AdminRole) == true;
}
