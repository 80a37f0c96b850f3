namespace Graph.Client;

/// <summary>
/// The bearer token of the signed-in user, for the <c>Authorization</c> header. After a 401 the client asks
/// <see cref="RefreshAsync"/> for a new token and sends the request once more.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>The current access token, or null when nobody is signed in.</summary>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called when the server rejected <paramref name="rejectedToken"/> with 401. Returns true when a different token
    /// is now available (refreshed here, or already by a concurrent caller), false when the user must sign in again.
    /// </summary>
    ValueTask<bool> RefreshAsync(string? rejectedToken, CancellationToken cancellationToken);
}
