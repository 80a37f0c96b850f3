using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.ServerSentEvents;

namespace Graph.Client;

/// <summary>
/// Sends GraphQL operations over HTTP (GraphQL over HTTP: POST with a JSON body, <c>application/graphql-response+json</c>),
/// subscriptions over graphql-sse in distinct connections mode. Adds the bearer token and refreshes it once after a 401;
/// sends queries again after transient failures (never mutations); every wait honours the cancellation token.
/// </summary>
public sealed class GraphQLHttpClient
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string EventStream = "text/event-stream";

    private readonly HttpClient _http;
    private readonly GraphQLClientOptions _options;

    public GraphQLHttpClient(HttpClient http, GraphQLClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
    }

    /// <summary>Sends a query or mutation and returns its result; throws <see cref="GraphQLHttpException"/> when the answer is not a GraphQL response.</summary>
    public async Task<GraphQLResult<TData>> ExecuteAsync<TData>(GraphQLOperation operation, IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken = default)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Kind == GraphQLOperationKind.Subscription)
        {
            throw new ArgumentException($"'{operation.Name}' is a subscription: use SubscribeAsync.", nameof(operation));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new GraphQLRequest(operation.Document, operation.Name, variables), GraphQLSerializer.Options);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendAuthenticatedAsync(body, GraphQLResponse + ", application/json;q=0.9", cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (MayRetry(operation, attempt))
            {
                await Task.Delay(Backoff(attempt, retryAfter: null), cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (IsTransient(response.StatusCode) && MayRetry(operation, attempt))
                {
                    await Task.Delay(Backoff(attempt, response.Headers.RetryAfter), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                return await ResponseReader.ReadResultAsync<TData>(response, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Starts a subscription (graphql-sse, distinct connections mode: one POST, one <c>text/event-stream</c> response) and
    /// yields a result per <c>next</c> event until <c>complete</c>. A request the server rejects yields its one result with errors.
    /// Ending the enumeration or cancelling closes the connection, which ends the subscription on the server.
    /// </summary>
    public async IAsyncEnumerable<GraphQLResult<TData>> SubscribeAsync<TData>(GraphQLOperation operation, IReadOnlyDictionary<string, object?> variables,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TData : class
    {
        ArgumentNullException.ThrowIfNull(operation);
        var body = JsonSerializer.SerializeToUtf8Bytes(new GraphQLRequest(operation.Document, operation.Name, variables), GraphQLSerializer.Options);
        using var response = await SendAuthenticatedAsync(body, EventStream, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentType?.MediaType != EventStream)
        {
            yield return await ResponseReader.ReadResultAsync<TData>(response, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var events = new ServerSentEventReader(stream, _options.MaxResponseBytes, EventTooLarge);
            while (await events.ReadAsync(cancellationToken).ConfigureAwait(false) is { } next)
            {
                switch (next.Event)
                {
                    case "next":
                        yield return ResponseReader.ParseResult<TData>(next.Data);
                        break;
                    case "complete":
                        yield break;
                }
            }
        }

        throw new GraphQLClientException($"The event stream of '{operation.Name}' ended without a complete event.");
    }

    /// <summary>The error for a server-sent event over <see cref="GraphQLClientOptions.MaxResponseBytes"/>.</summary>
    internal static GraphQLClientException EventTooLarge(long maxBytes) => new($"A server-sent event exceeds the limit of {maxBytes} bytes.");

    private async Task<HttpResponseMessage> SendAuthenticatedAsync(byte[] body, string accept, CancellationToken cancellationToken)
    {
        var provider = _options.TokenProvider;
        var token = provider is null ? null : await provider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await SendAsync(body, accept, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || provider is null
            || !await provider.RefreshAsync(token, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        // The server rejects a bad token before executing anything, so sending again is safe even for a mutation.
        response.Dispose();
        token = await provider.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync(body, accept, token, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, string accept, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private bool MayRetry(GraphQLOperation operation, int attempt) =>
        operation.Kind == GraphQLOperationKind.Query && attempt < _options.MaxQueryRetries;

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Backoff(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : _options.RetryBaseDelay * Math.Pow(2, attempt));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }

    private sealed record GraphQLRequest(string Query, string OperationName, IReadOnlyDictionary<string, object?> Variables);
}
