using System.Security.Claims;
using Graph.ServiceDefaults.Auth;
using Graph.Types;
using AuthorizeAttribute = Graph.AspNetCore.Authorization.AuthorizeAttribute;

namespace Graph.ServiceDefaults.Tests.TestService;

[QueryType]
public static class NoteQueries
{
    [GraphQLDescription("Always answers, for anyone.")]
    public static string GetHello() => "Hello";

    [Authorize]
    [GraphQLDescription("Who the access token says the caller is.")]
    public static Caller GetMe(ClaimsPrincipal user) =>
        new(user.GetUserId() ?? Guid.Empty, [.. user.FindAll(Es256Jwt.RoleClaim).Select(c => c.Value)], user.FindFirst(Es256Jwt.EmailClaim)?.Value);
}

[GraphQLDescription("The authenticated caller.")]
public sealed record Caller([ID] Guid Id, IReadOnlyList<string> Roles, string? Email);
