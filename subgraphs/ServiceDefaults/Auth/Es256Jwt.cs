using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Graph.ServiceDefaults.Auth;

/// <summary>
/// JWTs signed with ES256 (RFC 7519 over RFC 7515 compact serialization, RFC 7518 section 3.4), with framework crypto
/// only: the JWT packages do not restore here (PACKAGES.md). Only ES256 is accepted, so <c>alg: none</c> and
/// algorithm-confusion tokens (<c>HS256</c> keyed with the public key) fail before any key is used.
/// </summary>
public static class Es256Jwt
{
    public const string Algorithm = "ES256";

    /// <summary>Longer tokens are refused unread: headers are bounded anyway, and parsing cost must be too.</summary>
    public const int MaxTokenLength = 8 * 1024;

    /// <summary>Claim types of the principal built from a token (JWT names, not the SOAP-era URIs).</summary>
    public const string SubjectClaim = "sub";
    public const string EmailClaim = "email";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string SessionClaim = "sid";

    private static readonly HashSet<string> RegisteredClaims = ["iss", "aud", "exp", "nbf", "iat", "jti"];

    /// <summary>
    /// Signs <paramref name="claims"/> (strings, numbers, booleans, string lists: anything System.Text.Json writes)
    /// with <paramref name="key"/>, a P-256 private key, naming it <paramref name="kid"/> in the header.
    /// </summary>
    public static string Create(ECDsa key, string kid, IReadOnlyDictionary<string, object> claims)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        ArgumentNullException.ThrowIfNull(claims);
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["alg"] = Algorithm, ["typ"] = "JWT", ["kid"] = kid });
        var payload = JsonSerializer.SerializeToUtf8Bytes(claims);
        var signingInput = WebEncoders.Base64UrlEncode(header) + "." + WebEncoders.Base64UrlEncode(payload);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + WebEncoders.Base64UrlEncode(signature);
    }

    /// <summary>Parses a compact JWS and checks its header (<c>alg</c> ES256, a <c>kid</c>); the signature is checked later.</summary>
    public static bool TryRead(string token, [NotNullWhen(true)] out Es256JwtToken? jwt, [NotNullWhen(false)] out string? error)
    {
        jwt = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            error = string.IsNullOrEmpty(token) ? "The token is empty." : $"The token is longer than {MaxTokenLength} characters.";
            return false;
        }

        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            error = "The token is not a compact JWS (three base64url parts).";
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0]));
            if (header.RootElement.ValueKind != JsonValueKind.Object
                || !header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != Algorithm)
            {
                error = "The token is not signed with ES256.";
                return false;
            }

            if (!header.RootElement.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(kid.GetString()))
            {
                error = "The token names no signing key (kid).";
                return false;
            }

            using var payload = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1]));
            if (payload.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "The token's claims are not a JSON object.";
                return false;
            }

            var signature = WebEncoders.Base64UrlDecode(parts[2]);
            jwt = new Es256JwtToken(kid.GetString()!, payload.RootElement.Clone(), Encoding.ASCII.GetBytes(token[..(parts[0].Length + 1 + parts[1].Length)]), signature);
            error = null;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            error = "The token is malformed.";
            return false;
        }
    }

    /// <summary>
    /// Checks signature (the key named by <c>kid</c> in <paramref name="keys"/>), <c>exp</c> (required), <c>nbf</c>,
    /// <c>iss</c> and <c>aud</c>, and builds the caller's principal (authentication type <c>Bearer</c>, name claim
    /// <c>name</c>, role claim <c>role</c>, and <see cref="ClaimTypes.NameIdentifier"/> from <c>sub</c>).
    /// </summary>
    public static bool TryValidate(
        string token,
        JsonWebKeySet keys,
        JwtValidationParameters parameters,
        DateTimeOffset now,
        [NotNullWhen(true)] out ClaimsPrincipal? principal,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(keys);
        principal = null;
        if (!TryRead(token, out var jwt, out error))
        {
            return false;
        }

        if (keys.Find(jwt.Kid) is not { } key)
        {
            error = $"The signing key '{jwt.Kid}' is unknown.";
            return false;
        }

        return TryValidate(jwt, key, parameters, now, out principal, out error);
    }

    /// <summary>As <see cref="TryValidate(string, JsonWebKeySet, JwtValidationParameters, DateTimeOffset, out ClaimsPrincipal?, out string?)"/>, for a token already read.</summary>
    public static bool TryValidate(
        Es256JwtToken jwt,
        JsonWebKey key,
        JwtValidationParameters parameters,
        DateTimeOffset now,
        [NotNullWhen(true)] out ClaimsPrincipal? principal,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(jwt);
        ArgumentNullException.ThrowIfNull(parameters);
        principal = null;
        if (!jwt.VerifySignature(key))
        {
            error = "The token's signature is invalid.";
            return false;
        }

        var claims = jwt.Payload;
        if (!TryGetTime(claims, "exp", out var expires))
        {
            error = "The token has no expiry (exp).";
            return false;
        }

        if (now - parameters.ClockSkew >= expires)
        {
            error = "The token has expired.";
            return false;
        }

        if (claims.TryGetProperty("nbf", out _) && (!TryGetTime(claims, "nbf", out var notBefore) || now + parameters.ClockSkew < notBefore))
        {
            error = "The token is not valid yet (nbf).";
            return false;
        }

        if (!claims.TryGetProperty("iss", out var issuer) || issuer.ValueKind != JsonValueKind.String || issuer.GetString() != parameters.Issuer)
        {
            error = "The token was not issued by the expected issuer.";
            return false;
        }

        if (!HasAudience(claims, parameters.Audience))
        {
            error = "The token is not meant for this audience.";
            return false;
        }

        principal = CreatePrincipal(claims);
        error = null;
        return true;
    }

    private static bool TryGetTime(JsonElement claims, string name, out DateTimeOffset time)
    {
        time = default;
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds)
            || seconds < 0 || seconds > 253402300799)
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    private static bool HasAudience(JsonElement claims, string audience)
    {
        if (!claims.TryGetProperty("aud", out var aud))
        {
            return false;
        }

        return aud.ValueKind switch
        {
            JsonValueKind.String => aud.GetString() == audience,
            JsonValueKind.Array => aud.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.String && a.GetString() == audience),
            _ => false,
        };
    }

    private static ClaimsPrincipal CreatePrincipal(JsonElement payload)
    {
        var claims = new List<Claim>();
        foreach (var property in payload.EnumerateObject())
        {
            if (RegisteredClaims.Contains(property.Name))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                claims.AddRange(property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => new Claim(property.Name, v.GetString()!)));
            }
            else if (ClaimValue(property.Value) is { } value)
            {
                claims.Add(new Claim(property.Name, value));
            }
        }

        if (payload.TryGetProperty(SubjectClaim, out var sub) && sub.ValueKind == JsonValueKind.String)
        {
            claims.Add(new Claim(ClaimTypes.NameIdentifier, sub.GetString()!));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, BearerAuthenticationDefaults.Scheme, NameClaim, RoleClaim));
    }

    private static string? ClaimValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };
}
