using Graph.Users.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Graph.Users.Security;

/// <summary>
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-SHA512, salted, versioned), plus a dummy
/// verification for unknown emails so that sign-in takes as long whether or not the account exists.
/// </summary>
public sealed class AccountPasswordHasher
{
    private readonly PasswordHasher<UserAccount> _hasher = new();
    private readonly Lazy<string> _dummyHash;

    public AccountPasswordHasher()
    {
        _dummyHash = new Lazy<string>(() => _hasher.HashPassword(new UserAccount(), Guid.NewGuid().ToString("N")));
    }

    public string Hash(UserAccount account, string password) => _hasher.HashPassword(account, password);

    /// <summary>True when the password matches; <paramref name="rehashed"/> is set when the hash format is outdated.</summary>
    public bool Verify(UserAccount account, string password, out string? rehashed)
    {
        rehashed = null;
        var result = _hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehashed = _hasher.HashPassword(account, password);
        }

        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Spends the same work as a real verification; the answer is always "no".</summary>
    public void VerifyAgainstDummy(string password) =>
        _hasher.VerifyHashedPassword(new UserAccount(), _dummyHash.Value, password);
}
