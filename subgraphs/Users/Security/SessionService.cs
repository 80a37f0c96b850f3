using Graph.Users.Accounts;
using Graph.Users.Errors;
using Graph.Users.Infrastructure;
using Graph.Users.Validation;
using Microsoft.EntityFrameworkCore;

namespace Graph.Users.Security;

/// <summary>
/// Refresh-token rotation and sign-out (OAuth 2.0 Security BCP, refresh token rotation with reuse detection): every
/// refresh spends the presented token and issues its successor in the same family; presenting a spent token again
/// means it was copied, so the whole family is revoked and both holders must sign in again.
/// </summary>
public sealed class SessionService(UsersDb db, SessionIssuer sessions, TimeProvider time)
{
    public async Task<Outcome<AuthSession>> RefreshAsync(RefreshTokenInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var presented = await FindAsync(input.RefreshToken, cancellationToken).ConfigureAwait(false);
        if (presented is null || presented.RevokedAt is not null || presented.ExpiresAt <= now)
        {
            return Outcome<AuthSession>.Fail(new InvalidRefreshTokenError());
        }

        // Spend the token atomically: of two concurrent refreshes with one token, only one wins; the other is a reuse.
        // Spending and issuing the successor commit together, so a failure never leaves a session without a token.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == presented.Id && t.SpentAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.SpentAt, now), cancellationToken).ConfigureAwait(false);
        if (claimed == 0)
        {
            await RevokeFamilyAsync(presented.FamilyId, now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return Outcome<AuthSession>.Fail(new InvalidRefreshTokenError());
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == presented.UserId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Outcome<AuthSession>.Fail(new InvalidRefreshTokenError());
        }

        var (session, successor) = await sessions.IssueAsync(db, account, presented.FamilyId, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await db.RefreshTokens
            .Where(t => t.Id == presented.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedById, successor.Id), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<AuthSession>.Ok(session);
    }

    /// <summary>Ends the session the token belongs to: every token of its family is revoked.</summary>
    public async Task<Outcome<SignOutResult>> SignOutAsync(SignOutInput input, CancellationToken cancellationToken)
    {
        var presented = await FindAsync(input.RefreshToken, cancellationToken).ConfigureAwait(false);
        if (presented is null)
        {
            return Outcome<SignOutResult>.Fail(new InvalidRefreshTokenError());
        }

        await RevokeFamilyAsync(presented.FamilyId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Outcome<SignOutResult>.Ok(new SignOutResult(presented.FamilyId));
    }

    private async Task<RefreshToken?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > InputLimits.RefreshToken)
        {
            return null;
        }

        var hash = RefreshTokenValue.Hash(token);
        return await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken).ConfigureAwait(false);
    }

    private Task<int> RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
}

/// <summary>The session <c>signOut</c> ended.</summary>
public sealed record SignOutResult(Guid SessionId);
