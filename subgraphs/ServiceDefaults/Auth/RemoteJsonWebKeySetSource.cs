using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.ServiceDefaults.Auth;

/// <summary>
/// The JWKS at <c>Auth:JwksUrl</c>, fetched through <see cref="IHttpClientFactory"/> and cached; a request for a
/// refresh (unknown <c>kid</c>) refetches at most once per <see cref="ServiceAuthOptions.JwksRefreshInterval"/>, and
/// concurrent callers share one fetch.
/// </summary>
public sealed class RemoteJsonWebKeySetSource(
    IHttpClientFactory clients,
    IOptions<ServiceAuthOptions> options,
    TimeProvider time,
    ILogger<RemoteJsonWebKeySetSource> logger) : IJsonWebKeySetSource
{
    public const string HttpClientName = "jwks";

    /// <summary>A JWKS is a few hundred bytes per key; anything this large is not one.</summary>
    private const int MaxResponseBytes = 64 * 1024;

    private readonly SemaphoreSlim _fetch = new(1, 1);
    private JsonWebKeySet? _keys;
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async ValueTask<JsonWebKeySet> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (TryUseCached(refresh) is { } cached)
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever waited behind a fetch uses its result.
            return TryUseCached(refresh) ?? await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _fetch.Release();
        }
    }

    /// <summary>The cached set when no fetch is due; throws when the last fetch failed recently and nothing is cached.</summary>
    private JsonWebKeySet? TryUseCached(bool refresh)
    {
        var age = time.GetUtcNow() - _fetchedAt;
        var due = age >= options.Value.JwksCacheDuration || (refresh && age >= options.Value.JwksRefreshInterval);
        if (_keys is null)
        {
            return age < options.Value.JwksRefreshInterval
                ? throw new JsonWebKeySetUnavailableException($"The signing keys could not be fetched from {options.Value.JwksUrl} (retried at most every {options.Value.JwksRefreshInterval.TotalSeconds:0} s).")
                : null;
        }

        return due ? null : _keys;
    }

    private async Task<JsonWebKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var url = options.Value.JwksUrl;
        try
        {
            using var client = clients.CreateClient(HttpClientName);
            client.MaxResponseContentBufferSize = MaxResponseBytes;
            using var response = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var keys = await response.Content.ReadFromJsonAsync<JsonWebKeySet>(cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The JWKS response is empty.");
            _keys = keys;
            _fetchedAt = time.GetUtcNow();
            logger.LogInformation("Fetched {KeyCount} signing keys from {JwksUrl}", keys.Keys.Count, url);
            return keys;
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or TaskCanceledException
                                   && !cancellationToken.IsCancellationRequested)
        {
            // Throttle failures too: an unreachable Users service must not get one request per incoming token.
            _fetchedAt = time.GetUtcNow();
            logger.LogWarning(e, "Could not fetch the signing keys from {JwksUrl}", url);
            if (_keys is { } stale)
            {
                return stale;
            }

            throw new JsonWebKeySetUnavailableException($"The signing keys could not be fetched from {url}.", e);
        }
    }
}

/// <summary>No key set is available, so no token can be validated: tokens are then invalid (401), not a server error.</summary>
public sealed class JsonWebKeySetUnavailableException : Exception
{
    public JsonWebKeySetUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JsonWebKeySetUnavailableException(string message)
        : base(message)
    {
    }

    public JsonWebKeySetUnavailableException()
    {
    }
}
