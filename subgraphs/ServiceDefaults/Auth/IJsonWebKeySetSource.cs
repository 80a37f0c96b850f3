namespace Graph.ServiceDefaults.Auth;

/// <summary>
/// Where the keys that verify access tokens come from: the remote JWKS (<c>Auth:JwksUrl</c>) or an inline one
/// (<c>Auth:Jwks</c>) by default; the Users service registers its own key store instead (register yours before or
/// after <c>AddServiceDefaults</c>: the default is only added when none is registered at build time).
/// </summary>
public interface IJsonWebKeySetSource
{
    /// <summary>
    /// The current set. <paramref name="refresh"/> asks for a fresh copy because a token named an unknown key; a
    /// source may refuse to refetch that often and return what it has. Throws when the keys cannot be had at all.
    /// </summary>
    ValueTask<JsonWebKeySet> GetAsync(bool refresh, CancellationToken cancellationToken);
}
