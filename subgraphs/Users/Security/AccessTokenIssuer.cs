using Graph.ServiceDefaults.Auth;
using Graph.Users.Accounts;
using Microsoft.Extensions.Options;

namespace Graph.Users.Security;

/// <summary>
/// Signs access tokens (ES256 JWT, 15 minutes by default) with the claims every subgraph reads (ServiceDefaults
/// README): <c>sub</c>, <c>email</c>, <c>name</c>, <c>role</c> (a list), <c>sid</c>, <c>iss</c>, <c>aud</c>,
/// <c>iat</c>, <c>nbf</c>, <c>exp</c>; the header names the key (<c>kid</c>).
/// </summary>
public sealed class AccessTokenIssuer(SigningKeyStore keys, IOptions<UsersAuthOptions> options, TimeProvider time)
{
    public async Task<(string Token, DateTimeOffset ExpiresAt)> CreateAsync(UserAccount account, Guid sessionId, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var expires = now + options.Value.AccessTokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [Es256Jwt.SubjectClaim] = account.Id.ToString(),
            [Es256Jwt.EmailClaim] = account.Email,
            [Es256Jwt.NameClaim] = account.DisplayName,
            [Es256Jwt.RoleClaim] = account.Roles,
            [Es256Jwt.SessionClaim] = sessionId.ToString(),
            ["iss"] = options.Value.Issuer,
            ["aud"] = options.Value.Audience,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        return (Es256Jwt.Create(key.Key, key.Kid, claims), DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }
}
