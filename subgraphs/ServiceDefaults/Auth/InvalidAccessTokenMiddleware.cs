using System.Text.Json;
using Graph.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Graph.ServiceDefaults.Auth;

/// <summary>
/// Answers a request whose bearer token was present but invalid with <c>401</c>, a GraphQL error body
/// (<c>extensions.code</c> <c>AUTH_INVALID_TOKEN</c>) and <c>WWW-Authenticate: Bearer error="invalid_token"</c>
/// (RFC 6750 section 3.1), so a client knows to refresh rather than to treat the call as anonymous. Health and
/// <c>/.well-known</c> requests are never refused: probes and the JWKS itself must answer whatever header comes.
/// </summary>
public sealed class InvalidAccessTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (context.Features.Get<InvalidAccessTokenFeature>() is not { } invalid
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers[HeaderNames.WWWAuthenticate] = $"{BearerAuthenticationDefaults.Scheme} error=\"invalid_token\"";
        response.Headers.CacheControl = "no-store";
        response.ContentType = AcceptsGraphQLResponse(context.Request) ? GraphQLMediaTypes.GraphQLResponseJsonUtf8 : "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new { message = $"The access token is invalid: {invalid.Reason}", extensions = new { code = BearerAuthenticationDefaults.InvalidTokenCode } },
            },
        };
        await response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted).ConfigureAwait(false);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Puts authentication and <see cref="InvalidAccessTokenMiddleware"/> at the start of every pipeline, so the app's
/// own <c>Program</c> cannot forget or misorder them. (WebApplication adds authentication again later; the handler's
/// result is cached per request, so the token is validated once.)
/// </summary>
internal sealed class InvalidAccessTokenStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseAuthentication();
        app.UseMiddleware<InvalidAccessTokenMiddleware>();
        next(app);
    };
}
