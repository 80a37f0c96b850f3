namespace Graph.Client;

/// <summary>Where a <see cref="GraphQLHttpClient"/> sends its requests, how it authenticates and retries.</summary>
public sealed class GraphQLClientOptions
{
    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:5000/graphql</c>.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>Supplies the bearer token and refreshes it after a 401; null sends no <c>Authorization</c> header.</summary>
    public IAccessTokenProvider? TokenProvider { get; init; }

    /// <summary>How many times a query is sent again after a transient failure (408, 429, 502, 503, 504, a network error). Mutations never are.</summary>
    public int MaxQueryRetries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between attempts, also the cap on a server's <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest response body (or one subscription event) read; a larger one is an error.</summary>
    public int MaxResponseBytes { get; init; } = 16 * 1024 * 1024;
}
