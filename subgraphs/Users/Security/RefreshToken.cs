namespace Graph.Users.Security;

/// <summary>
/// One refresh token of a session (a family): only its SHA-256 hash is stored. Each use spends it and issues its
/// successor in the same family; presenting a spent token again revokes the whole family (token theft detection).
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The session: the first token's family, carried by every successor and by the access tokens' <c>sid</c>.</summary>
    public Guid FamilyId { get; set; }

    public byte[] TokenHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? SpentAt { get; set; }

    public Guid? ReplacedById { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
