namespace Graph.Client.Tests.Runtime;

/// <summary>Starts with one token; a refresh swaps in the next one (or fails when there is none), counted.</summary>
internal sealed class StaticTokenProvider(string initial, string? refreshed) : IAccessTokenProvider
{
    private string? _token = initial;

    public int Refreshes { get; private set; }

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_token);

    public ValueTask<bool> RefreshAsync(string? rejectedToken, CancellationToken cancellationToken)
    {
        Refreshes++;
        if (refreshed is null)
        {
            return ValueTask.FromResult(false);
        }

        _token = refreshed;
        return ValueTask.FromResult(true);
    }
}
