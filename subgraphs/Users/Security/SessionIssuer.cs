using Graph.Users.Accounts;
using Graph.Users.Infrastructure;
using Microsoft.Extensions.Options;

namespace Graph.Users.Security;

/// <summary>
/// Issues the tokens of a session: adds the refresh token (hash only) to the context, to be saved by the caller in
/// the same transaction as the rest of its change, and signs the access token whose <c>sid</c> is the family.
/// </summary>
public sealed class SessionIssuer(AccessTokenIssuer accessTokens, IOptions<UsersAuthOptions> options, TimeProvider time)
{
    public async Task<(AuthSession Session, RefreshToken Stored)> IssueAsync(UsersDb db, UserAccount account, Guid familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var value = RefreshTokenValue.Generate();
        var stored = new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = account.Id,
            FamilyId = familyId,
            TokenHash = RefreshTokenValue.Hash(value),
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(stored);
        var (accessToken, expiresAt) = await accessTokens.CreateAsync(account, familyId, cancellationToken).ConfigureAwait(false);
        return (new AuthSession(accessToken, value, expiresAt, new SessionUser(account.ToUser())), stored);
    }
}
