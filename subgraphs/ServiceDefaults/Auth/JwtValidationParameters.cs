namespace Graph.ServiceDefaults.Auth;

/// <summary>What an access token must say: who issued it, for whom, and the clock skew allowed on <c>exp</c>/<c>nbf</c>.</summary>
public sealed record JwtValidationParameters(string Issuer, string Audience)
{
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(30);
}
