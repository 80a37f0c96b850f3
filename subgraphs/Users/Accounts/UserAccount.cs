namespace Graph.Users.Accounts;

/// <summary>
/// The stored account (table <c>users</c>): profile, credentials and lockout state. Never exposed to GraphQL as is:
/// the schema's <see cref="User"/> is a projection without the credential columns, and it is what the cache holds.
/// </summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }

    /// <summary>Normalized: trimmed and lower-cased (invariant); unique.</summary>
    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Role names as they appear in the <c>role</c> claim (<see cref="Roles"/>).</summary>
    public string[] Roles { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> output (PBKDF2, salted, versioned).</summary>
    public string PasswordHash { get; set; } = "";

    public int FailedSignInCount { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Changes with the credentials; a new value marks every earlier session as stale.</summary>
    public Guid SecurityStamp { get; set; }

    public User ToUser() => new(Id, Email, DisplayName, Roles.Select(RoleNames.Parse).ToArray(), CreatedAt);
}
