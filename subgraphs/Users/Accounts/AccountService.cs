using Graph.Messaging;
using Graph.ServiceDefaults.Errors;
using Graph.Users.Errors;
using Graph.Users.Events;
using Graph.Users.Infrastructure;
using Graph.Users.Security;
using Graph.Users.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Graph.Users.Accounts;

/// <summary>
/// Accounts and credentials: sign-up, sign-in with lockout, password change and account deletion. Every check runs
/// before anything is written; each change and its events are saved by one <c>SaveChanges</c> (one transaction).
/// </summary>
public sealed class AccountService(
    UsersDb db,
    AccountPasswordHasher passwords,
    SessionIssuer sessions,
    IOptions<UsersAuthOptions> options,
    TimeProvider time)
{
    public async Task<Outcome<AuthSession>> SignUpAsync(SignUpInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        var email = check.Email("email", input.Email);
        var displayName = check.Required("displayName", input.DisplayName, InputLimits.DisplayName);
        var weaknesses = PasswordPolicy.Check(input.Password, email, displayName);
        if (weaknesses.Count > 0)
        {
            check.Add(new WeakPasswordError("password", weaknesses));
        }

        if (!check.IsValid)
        {
            return Outcome<AuthSession>.Fail(check.Errors);
        }

        if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken).ConfigureAwait(false))
        {
            return Outcome<AuthSession>.Fail(new EmailTakenError(email));
        }

        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(),
            Email = email,
            DisplayName = displayName,
            Roles = [RoleNames.Customer],
            CreatedAt = time.GetUtcNow(),
            SecurityStamp = Guid.NewGuid(),
        };
        account.PasswordHash = passwords.Hash(account, input.Password);
        db.Users.Add(account);
        var (session, _) = await sessions.IssueAsync(db, account, Guid.NewGuid(), cancellationToken).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two sign-ups with the same email at once: the unique index decides.
            db.ChangeTracker.Clear();
            return Outcome<AuthSession>.Fail(new EmailTakenError(email));
        }

        return Outcome<AuthSession>.Ok(session);
    }

    public async Task<Outcome<AuthSession>> SignInAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(input.Email);
        var password = input.Password ?? "";
        if (email.Length > InputLimits.Email || password.Length > InputLimits.PasswordMax)
        {
            // Hashing megabytes of password is a denial-of-service vector; no real credential is this long.
            return Outcome<AuthSession>.Fail(new InvalidCredentialsError());
        }

        var account = await db.Users.SingleOrDefaultAsync(u => u.Email == email, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            passwords.VerifyAgainstDummy(password);
            return Outcome<AuthSession>.Fail(new InvalidCredentialsError());
        }

        var now = time.GetUtcNow();
        if (account.LockoutEnd is { } lockedUntil && lockedUntil > now)
        {
            return Outcome<AuthSession>.Fail(new AccountLockedError(lockedUntil));
        }

        if (!passwords.Verify(account, password, out var rehashed))
        {
            return await RecordFailedSignInAsync(account.Id, now, cancellationToken).ConfigureAwait(false);
        }

        account.FailedSignInCount = 0;
        account.LockoutEnd = null;
        if (rehashed is not null)
        {
            account.PasswordHash = rehashed;
        }

        var (session, _) = await sessions.IssueAsync(db, account, Guid.NewGuid(), cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<AuthSession>.Ok(session);
    }

    /// <summary>
    /// Counts the failure in one atomic statement (concurrent guesses cannot each read the same count) and locks the
    /// account once the count reaches the limit.
    /// </summary>
    private async Task<Outcome<AuthSession>> RecordFailedSignInAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lockout = options.Value.Lockout;
        var until = now + lockout.Duration;
        var lockedUntil = await db.Database.SqlQuery<DateTimeOffset?>(
            $"""
            UPDATE users
            SET failed_sign_in_count = CASE WHEN failed_sign_in_count + 1 >= {lockout.MaxFailedAttempts} THEN 0 ELSE failed_sign_in_count + 1 END,
                lockout_end = CASE WHEN failed_sign_in_count + 1 >= {lockout.MaxFailedAttempts} THEN {until} ELSE lockout_end END
            WHERE id = {userId}
            RETURNING lockout_end AS "Value"
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return lockedUntil is [{ } end] && end > now
            ? Outcome<AuthSession>.Fail(new AccountLockedError(end))
            : Outcome<AuthSession>.Fail(new InvalidCredentialsError());
    }

    public async Task<Outcome<User>> ChangePasswordAsync(Guid userId, ChangePasswordInput input, CancellationToken cancellationToken)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Outcome<User>.Fail(new NotFoundError("User", userId.ToString()));
        }

        if ((input.CurrentPassword ?? "").Length > InputLimits.PasswordMax || !passwords.Verify(account, input.CurrentPassword ?? "", out _))
        {
            return Outcome<User>.Fail(new InvalidCredentialsError());
        }

        var weaknesses = PasswordPolicy.Check(input.NewPassword, account.Email, account.DisplayName);
        if (weaknesses.Count > 0)
        {
            return Outcome<User>.Fail(new WeakPasswordError("newPassword", weaknesses));
        }

        var now = time.GetUtcNow();
        account.PasswordHash = passwords.Hash(account, input.NewPassword);
        account.SecurityStamp = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        // Every session of the user ends: whoever knew the old password loses their refresh tokens too.
        await db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<User>.Ok(account.ToUser());
    }

    /// <summary>
    /// Removes the account and every personal datum it owns (addresses, payment methods, sessions: cascading deletes)
    /// and queues <c>user.deleted</c> and <c>user.changed</c> in the same transaction, so other services anonymize
    /// what they hold and caches drop the user.
    /// </summary>
    public async Task<Outcome<User>> DeleteAccountAsync(Guid userId, DeleteAccountInput input, CancellationToken cancellationToken)
    {
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Outcome<User>.Fail(new NotFoundError("User", userId.ToString()));
        }

        if ((input.Password ?? "").Length > InputLimits.PasswordMax || !passwords.Verify(account, input.Password ?? "", out _))
        {
            return Outcome<User>.Fail(new InvalidCredentialsError());
        }

        var user = account.ToUser();
        db.Users.Remove(account);
        db.AddIntegrationEvent(new UserDeletedIntegrationEvent(userId));
        db.AddIntegrationEvent(UserChangedIntegrationEvent.For(userId));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome<User>.Ok(user);
    }
}
