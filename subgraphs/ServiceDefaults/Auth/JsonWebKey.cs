using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace Graph.ServiceDefaults.Auth;

/// <summary>A public key as RFC 7517 JSON: <c>{"kty":"EC","crv":"P-256","x":"...","y":"...","kid":"...","alg":"ES256","use":"sig"}</c>.</summary>
public sealed record JsonWebKey(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string? Crv,
    [property: JsonPropertyName("x")] string? X,
    [property: JsonPropertyName("y")] string? Y,
    [property: JsonPropertyName("kid")] string? Kid,
    [property: JsonPropertyName("alg")] string? Alg,
    [property: JsonPropertyName("use")] string? Use)
{
    /// <summary>The public half of a P-256 key, for a JWKS.</summary>
    public static JsonWebKey FromECDsa(ECDsa key, string kid)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new ArgumentException("ES256 needs a P-256 key.", nameof(key));
        }

        return new JsonWebKey(
            "EC", "P-256", WebEncoders.Base64UrlEncode(parameters.Q.X!), WebEncoders.Base64UrlEncode(parameters.Q.Y!), kid, Es256Jwt.Algorithm, "sig");
    }

    /// <summary>The ECDsa public key of an EC P-256 signing key, or null when this key is anything else or malformed.</summary>
    public ECDsa? ToECDsa()
    {
        if (Kty != "EC" || Crv != "P-256" || X is null || Y is null || (Use is not null && Use != "sig") || (Alg is not null && Alg != Es256Jwt.Algorithm))
        {
            return null;
        }

        try
        {
            var x = WebEncoders.Base64UrlDecode(X);
            var y = WebEncoders.Base64UrlDecode(Y);
            if (x.Length != 32 || y.Length != 32)
            {
                return null;
            }

            return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>A JSON Web Key Set (RFC 7517 section 5): <c>{"keys":[...]}</c>.</summary>
public sealed record JsonWebKeySet([property: JsonPropertyName("keys")] IReadOnlyList<JsonWebKey> Keys)
{
    public static JsonWebKeySet Empty { get; } = new([]);

    public JsonWebKey? Find(string kid) => Keys.FirstOrDefault(k => k.Kid == kid);
}
