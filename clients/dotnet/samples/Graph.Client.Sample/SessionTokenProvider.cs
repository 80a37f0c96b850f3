using Graph.Client;

namespace Graph.Client.Sample;

/// <summary>
/// The signed-in session: hands out the access token and, when the server rejects it (401), trades the refresh token
/// for a new pair once, even when several requests fail at the same time. The tokens are never printed.
/// </summary>
public sealed class SessionTokenProvider(ShopClient anonymous) : IAccessTokenProvider
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private string? _accessToken;
    private string? _refreshToken;

    public bool IsSignedIn => _accessToken is not null;

    /// <summary>Starts the session with the tokens of a sign-in or sign-up.</summary>
    public void SignedIn(string accessToken, string refreshToken)
    {
        _accessToken = accessToken;
        _refreshToken = refreshToken;
    }

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_accessToken);

    public async ValueTask<bool> RefreshAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (_accessToken != rejectedToken)
            {
                return _accessToken is not null; // another request refreshed while this one waited
            }

            if (_refreshToken is null)
            {
                return false;
            }

            var result = await anonymous.RefreshSessionAsync(new RefreshTokenInput { RefreshToken = _refreshToken }, cancellationToken);
            var refreshed = result.EnsureData().RefreshToken;
            if (refreshed.AccessToken is null || refreshed.RefreshToken is null)
            {
                _accessToken = _refreshToken = null; // the refresh token expired or was used: sign in again
                return false;
            }

            SignedIn(refreshed.AccessToken, refreshed.RefreshToken);
            return true;
        }
        finally
        {
            _refreshing.Release();
        }
    }
}
