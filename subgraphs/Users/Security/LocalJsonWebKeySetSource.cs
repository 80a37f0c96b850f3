using Graph.ServiceDefaults.Auth;

namespace Graph.Users.Security;

/// <summary>
/// Replaces ServiceDefaults' remote JWKS source: the Users service validates its own tokens against its own key
/// store, without an HTTP call to itself.
/// </summary>
public sealed class LocalJsonWebKeySetSource(SigningKeyStore keys) : IJsonWebKeySetSource
{
    public ValueTask<JsonWebKeySet> GetAsync(bool refresh, CancellationToken cancellationToken) => keys.GetKeySetAsync(cancellationToken);
}
