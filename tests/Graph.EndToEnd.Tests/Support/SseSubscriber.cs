using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// A GraphQL subscription over Server-Sent Events (graphql-sse, distinct connections): a POST accepting
/// <c>text/event-stream</c>; each <c>next</c> event's data is one result.
/// </summary>
public sealed class SseSubscriber : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonElement> _results = Channel.CreateUnbounded<JsonElement>();
    private Task _reading = Task.CompletedTask;

    public static async Task<SseSubscriber> StartAsync(Uri endpoint, string query, object variables, string accessToken)
    {
        var subscriber = new SseSubscriber();
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await subscriber._client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, subscriber._stop.Token);
        subscriber._reading = Task.Run(() => subscriber.ReadAsync(response));
        return subscriber;
    }

    /// <summary>The next result (<c>{data, errors}</c>); fails after 20 s without one or when the stream ended.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await _results.Reader.ReadAsync(timeout.Token);
    }

    private async Task ReadAsync(HttpResponseMessage response)
    {
        try
        {
            using (response)
            {
                await using var body = await response.Content.ReadAsStreamAsync(_stop.Token);
                using var reader = new StreamReader(body, Encoding.UTF8);
                var isNext = false;
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
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
        catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
        {
            // Stopped by DisposeAsync, or the server ended the stream: readers see the channel complete.
        }
        finally
        {
            _results.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _client.Dispose();
        _stop.Dispose();
    }
}
