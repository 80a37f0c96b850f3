namespace Graph.Users.Security;

/// <summary>Token and lockout settings of the Users service (section <c>Auth</c>).</summary>
public sealed class UsersAuthOptions
{
    /// <summary>The <c>iss</c> of issued access tokens; ServiceDefaults validates the same key.</summary>
    public string Issuer { get; set; } = "graph-users";

    /// <summary>The <c>aud</c> of issued access tokens.</summary>
    public string Audience { get; set; } = "graph";

    /// <summary>
    /// The ES256 (P-256) private key as PKCS#8 PEM (production, from a secret store). Unset: a key is generated once and
    /// kept in the <c>signing_keys</c> table (development).
    /// </summary>
    public string? SigningKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    public LockoutOptions Lockout { get; set; } = new();
}

/// <summary>Sign-in lockout (section <c>Auth:Lockout</c>).</summary>
public sealed class LockoutOptions
{
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
