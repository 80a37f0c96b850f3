using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>
/// A stand-in for real HTTP authentication in the SSE tests: <c>Authorization: Bearer user:NAME</c>
/// signs in NAME, any other bearer token is answered 401, no header stays anonymous.
/// </summary>
public static class BearerTestAuthentication
{
    public static void Use(WebApplication app) => app.Use(async (context, next) =>
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            var token = header["Bearer ".Length..];
            if (!token.StartsWith("user:", StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token["user:".Length..])], "Bearer"));
        }

        await next(context);
    });
}
