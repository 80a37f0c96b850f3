using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Graph.ServiceDefaults.Auth;

/// <summary>Options of the <c>Bearer</c> scheme; the token rules themselves are <see cref="ServiceAuthOptions"/>.</summary>
public sealed class BearerAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>
/// Validates <c>Authorization: Bearer &lt;token&gt;</c> on every request (ARCHITECTURE.md section 8: a caller that
/// bypasses the gateway gets no more than an anonymous one). No header, or another scheme: anonymous. A token that
/// fails: the request is marked with <see cref="InvalidAccessTokenFeature"/> and answered 401 by
/// <see cref="InvalidAccessTokenMiddleware"/>.
/// </summary>
public sealed class BearerAuthenticationHandler(
    IOptionsMonitor<BearerAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenValidator validator)
    : AuthenticationHandler<BearerAuthenticationOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var result = await validator.ValidateAsync(header[Prefix.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        if (result.Principal is { } principal)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
        }

        Logger.LogInformation("Rejected an access token: {Reason}", result.Error);
        Context.Features.Set(new InvalidAccessTokenFeature(result.Error!));
        return AuthenticateResult.Fail(result.Error!);
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers[HeaderNames.WWWAuthenticate] = (Context.Features.Get<InvalidAccessTokenFeature>() is null
            ? BearerAuthenticationDefaults.Scheme
            : $"{BearerAuthenticationDefaults.Scheme} error=\"invalid_token\"");
        return Task.CompletedTask;
    }
}

/// <summary>Set on a request whose bearer token was present but invalid; <see cref="Reason"/> goes into the 401's message.</summary>
public sealed record InvalidAccessTokenFeature(string Reason);
