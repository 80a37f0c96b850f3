using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Xunit.Sdk;

namespace Graph.Testing.Subscriptions;

/// <summary>
/// One GraphQL subscription over Server-Sent Events (graphql-sse, distinct connections mode), read by hand: a POST
/// with <c>Accept: text/event-stream</c> on its own connection; each <c>event: next</c>'s <c>data</c> is one result.
/// </summary>
public sealed class SseSubscription : IAsyncDisposable
{
    /// <summary>How long <see cref="NextAsync"/> waits when the caller names no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    // The stream outlives any request timeout; the per-result wait is NextAsync's.
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonElement> _results = Channel.CreateUnbounded<JsonElement>();
    private readonly TimeSpan _timeout;
    private Task _reading = Task.CompletedTask;

    private SseSubscription(TimeSpan timeout) => _timeout = timeout;

    /// <summary>
    /// Starts the subscription; returns once the server answered with the stream's headers. A refused request (not
    /// 2xx) fails here with its status and body.
    /// </summary>
    /// <param name="endpoint">The service's GraphQL endpoint.</param>
    /// <param name="query">The subscription document.</param>
    /// <param name="variables">Its variables, or null.</param>
    /// <param name="accessToken">A bearer token, or null for an anonymous subscriber.</param>
    /// <param name="timeout">How long each <see cref="NextAsync"/> waits; <see cref="DefaultTimeout"/> when null.</param>
    public static async Task<SseSubscription> StartAsync(
        Uri endpoint, string query, object? variables = null, string? accessToken = null, TimeSpan? timeout = null)
    {
        var subscription = new SseSubscription(timeout ?? DefaultTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("text/event-stream");
            if (accessToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            }

            var response = await subscription._client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, subscription._stop.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                using (response)
                {
                    var body = await response.Content.ReadAsStringAsync(subscription._stop.Token).ConfigureAwait(false);
                    throw new XunitException($"The subscription was refused with {(int)response.StatusCode} {response.StatusCode}: {body}");
                }
            }

            subscription._reading = Task.Run(() => subscription.ReadAsync(response));
            return subscription;
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The next result (<c>{data, errors}</c>); throws a <see cref="TimeoutException"/> after the subscription's timeout
    /// without one, and an <see cref="XunitException"/> when the server ended the stream first.
    /// </summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            return await _results.Reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No next event within {_timeout.TotalSeconds} s.");
        }
        catch (ChannelClosedException)
        {
            throw new XunitException("The event stream ended before the next result.");
        }
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        try
        {
            using (response)
            {
                var body = await response.Content.ReadAsStreamAsync(_stop.Token).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    using var reader = new StreamReader(body, Encoding.UTF8);
                    var isNext = false;
                    while (await reader.ReadLineAsync(_stop.Token).ConfigureAwait(false) is { } line)
                    {
                        if (line.StartsWith("event:", StringComparison.Ordinal))
                        {
                            isNext = line["event:".Length..].Trim() == "next";
                        }
                        else if (isNext && line.StartsWith("data:", StringComparison.Ordinal))
                        {
                            using var result = JsonDocument.Parse(line["data:".Length..]);
                            _results.Writer.TryWrite(result.RootElement.Clone());
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Stopped by DisposeAsync, or the server ended the stream: readers see the channel complete.
        }
        finally
        {
            _results.Writer.TryComplete();
        }
    }

    /// <summary>Stops reading and closes the connection, which ends the subscription on the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        _client.Dispose();
        _stop.Dispose();
    }
}
