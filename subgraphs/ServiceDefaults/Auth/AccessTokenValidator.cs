using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Graph.ServiceDefaults.Auth;

/// <summary>The outcome of <see cref="AccessTokenValidator.ValidateAsync"/>: a principal, or why the token was refused.</summary>
public sealed record AccessTokenValidationResult(ClaimsPrincipal? Principal, string? Error)
{
    public bool IsValid => Principal is not null;
}

/// <summary>
/// Validates one access token against the keys of <see cref="IJsonWebKeySetSource"/> and <see cref="ServiceAuthOptions"/>:
/// used by the <c>Bearer</c> scheme for HTTP and by the WebSocket <c>connection_init</c> interceptor. An unknown
/// <c>kid</c> asks the source for a fresh set once (the source throttles); keys that cannot be had make the token
/// invalid, never a server error.
/// </summary>
public sealed class AccessTokenValidator(IJsonWebKeySetSource keys, IOptions<ServiceAuthOptions> options, TimeProvider time)
{
    public async Task<AccessTokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!Es256Jwt.TryRead(token, out var jwt, out var error))
        {
            return new(null, error);
        }

        JsonWebKey? key;
        try
        {
            key = (await keys.GetAsync(refresh: false, cancellationToken).ConfigureAwait(false)).Find(jwt.Kid);
            if (key is null)
            {
                // A key the Users service rotated in since the last fetch.
                key = (await keys.GetAsync(refresh: true, cancellationToken).ConfigureAwait(false)).Find(jwt.Kid);
            }
        }
        catch (JsonWebKeySetUnavailableException e)
        {
            return new(null, e.Message);
        }

        if (key is null)
        {
            // A kid is attacker-chosen text: keep it short in messages and logs.
            return new(null, $"The signing key '{(jwt.Kid.Length <= 64 ? jwt.Kid : jwt.Kid[..64] + "...")}' is unknown.");
        }

        return Es256Jwt.TryValidate(jwt, key, options.Value.ToValidationParameters(), time.GetUtcNow(), out var principal, out error)
            ? new(principal, null)
            : new(null, error);
    }
}
