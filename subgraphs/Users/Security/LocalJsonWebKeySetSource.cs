using System.Data.Common;
using Graph.ServiceDefaults.Auth;

namespace Graph.Users.Security;

/// <summary>
/// Replaces ServiceDefaults' remote JWKS source: the Users service validates its own tokens against its own key
/// store, without an HTTP call to itself. A key store that cannot be read (database down) makes tokens unverifiable
/// (401), as the contract of <see cref="IJsonWebKeySetSource"/> asks, never a 500.
/// </summary>
public sealed class LocalJsonWebKeySetSource(SigningKeyStore keys) : IJsonWebKeySetSource
{
    public async ValueTask<JsonWebKeySet> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        try
        {
            return await keys.GetKeySetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new JsonWebKeySetUnavailableException("The signing keys cannot be read from the database.", e);
        }
    }
}
