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
    IJsonWebKeySetSource keys,
    IOptions<ServiceAuthOptions> auth)
    : AuthenticationHandler<BearerAuthenticationOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    private System.Security.Claims.ClaimsPrincipal? _principal;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header) || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header[Prefix.Length..].Trim();
        var error = await ValidateAsync(token).ConfigureAwait(false);
        if (error is null)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(_principal!, Scheme.Name));
        }

        Logger.LogInformation("Rejected an access token: {Reason}", error);
        Context.Features.Set(new InvalidAccessTokenFeature(error));
        return AuthenticateResult.Fail(error);
    }

    /// <summary>Null when the token is valid (and <see cref="_principal"/> set), else the reason.</summary>
    private async Task<string?> ValidateAsync(string token)
    {
        if (!Es256Jwt.TryRead(token, out var jwt, out var error))
        {
            return error;
        }

        JsonWebKey? key;
        try
        {
            var set = await keys.GetAsync(refresh: false, Context.RequestAborted).ConfigureAwait(false);
            key = set.Find(jwt.Kid);
            if (key is null)
            {
                // A key the Users service rotated in since the last fetch.
                set = await keys.GetAsync(refresh: true, Context.RequestAborted).ConfigureAwait(false);
                key = set.Find(jwt.Kid);
            }
        }
        catch (JsonWebKeySetUnavailableException e)
        {
            return e.Message;
        }

        if (key is null)
        {
            return $"The signing key '{Truncate(jwt.Kid)}' is unknown.";
        }

        var parameters = auth.Value.ToValidationParameters();
        return Es256Jwt.TryValidate(jwt, key, parameters, TimeProvider.GetUtcNow(), out _principal, out error) ? null : error;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers[HeaderNames.WWWAuthenticate] = (Context.Features.Get<InvalidAccessTokenFeature>() is null
            ? BearerAuthenticationDefaults.Scheme
            : $"{BearerAuthenticationDefaults.Scheme} error=\"invalid_token\"");
        return Task.CompletedTask;
    }

    // A kid is attacker-chosen text: keep it short in messages and logs.
    private static string Truncate(string text) => text.Length <= 64 ? text : text[..64] + "...";
}

/// <summary>Set on a request whose bearer token was present but invalid; <see cref="Reason"/> goes into the 401's message.</summary>
public sealed record InvalidAccessTokenFeature(string Reason);
