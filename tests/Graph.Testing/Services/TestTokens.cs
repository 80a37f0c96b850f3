using System.Security.Cryptography;
using System.Text.Json;
using Graph.ServiceDefaults.Auth;

namespace Graph.Testing.Services;

/// <summary>
/// An ES256 signing key for tests, with its JWKS (<see cref="Jwks"/> for <c>Auth:Jwks</c>, or <see cref="Settings"/>
/// to pass to <see cref="ServiceHost"/>), minting access tokens as the Users service does.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string DefaultIssuer = "graph-users";

    public const string DefaultAudience = "graph";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public TestTokens(string? kid = null)
    {
        Kid = kid ?? "test-" + Guid.NewGuid().ToString("N")[..8];
        Key = JsonWebKey.FromECDsa(_key, Kid);
    }

    public string Kid { get; }

    /// <summary>The public key as a JWK.</summary>
    public JsonWebKey Key { get; }

    public string Issuer { get; init; } = DefaultIssuer;

    public string Audience { get; init; } = DefaultAudience;

    /// <summary>The key set as JSON, for <c>Auth:Jwks</c>.</summary>
    public string Jwks => JsonSerializer.Serialize(new JsonWebKeySet([Key]));

    /// <summary><c>Auth:Jwks</c>, <c>Auth:Issuer</c> and <c>Auth:Audience</c>, for a service's settings.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Auth:Jwks"] = Jwks,
        ["Auth:Issuer"] = Issuer,
        ["Auth:Audience"] = Audience,
    };

    /// <summary>An access token for <paramref name="userId"/> with <paramref name="roles"/>, valid for <paramref name="lifetime"/> (15 minutes).</summary>
    public string Create(Guid userId, IEnumerable<string>? roles = null, string? email = null, TimeSpan? lifetime = null, string? sessionId = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = userId.ToString(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + (lifetime ?? TimeSpan.FromMinutes(15))).ToUnixTimeSeconds(),
            ["sid"] = sessionId ?? Guid.NewGuid().ToString(),
            ["role"] = (roles ?? []).ToArray(),
        };
        if (email is not null)
        {
            claims["email"] = email;
            claims["name"] = email;
        }

        return Es256Jwt.Create(_key, Kid, claims);
    }

    /// <summary>A token with exactly <paramref name="claims"/> (for wrong issuers, audiences, expiries).</summary>
    public string CreateWithClaims(IReadOnlyDictionary<string, object> claims) => Es256Jwt.Create(_key, Kid, claims);

    /// <summary>Standard claims for <paramref name="userId"/> that a test then alters.</summary>
    public Dictionary<string, object> StandardClaims(Guid userId)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["sub"] = userId.ToString(),
            ["exp"] = now.AddMinutes(15).ToUnixTimeSeconds(),
        };
    }

    public void Dispose() => _key.Dispose();
}
