namespace Graph.ServiceDefaults.Auth;

/// <summary>The <c>Auth</c> configuration section: what access tokens must say and where their keys are.</summary>
public sealed class ServiceAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Expected <c>iss</c>.</summary>
    public string Issuer { get; set; } = "graph-users";

    /// <summary>Expected <c>aud</c>.</summary>
    public string Audience { get; set; } = "graph";

    /// <summary>Where the Users service publishes its keys.</summary>
    public string JwksUrl { get; set; } = "http://127.0.0.1:5101/.well-known/jwks.json";

    /// <summary>An inline JWKS (JSON), used instead of <see cref="JwksUrl"/> when set (tests).</summary>
    public string? Jwks { get; set; }

    /// <summary>An unknown <c>kid</c> refetches the remote set at most this often (a flood of forged kids costs one fetch).</summary>
    public TimeSpan JwksRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The remote set is refetched after this long even when every kid is known (key retirement).</summary>
    public TimeSpan JwksCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    public JwtValidationParameters ToValidationParameters() => new(Issuer, Audience);
}
