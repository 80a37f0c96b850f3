using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Graph.Orders.Tests.Support;

/// <summary>
/// A graphql-sse subscription in distinct connections mode, read by hand: POST with <c>Accept: text/event-stream</c>,
/// each <c>event: next</c>'s <c>data</c> parsed as one GraphQL result.
/// </summary>
public sealed class SseSubscription : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<JsonElement> _results = Channel.CreateUnbounded<JsonElement>();
    private readonly Task _reader;

    private SseSubscription(HttpResponseMessage response)
    {
        _response = response;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Starts the subscription; returns once the server answered with the stream's headers.</summary>
    public static async Task<SseSubscription> StartAsync(HttpClient client, Uri endpoint, string query, object? variables, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseSubscription(response);
    }

    /// <summary>The next result (<c>{data, errors}</c>); fails after 30 s without one.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _results.Reader.ReadAsync(timeout.Token);
    }

    private async Task ReadAsync()
    {
        try
        {
            await using var stream = await _response.Content.ReadAsStreamAsync(_stop.Token);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string? eventName = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    eventName = line["event:".Length..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal) && eventName == "next")
                {
                    using var document = JsonDocument.Parse(line["data:".Length..]);
                    await _results.Writer.WriteAsync(document.RootElement.Clone(), _stop.Token);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        finally
        {
            _results.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        try
        {
            await _reader;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or HttpRequestException)
        {
        }

        _stop.Dispose();
    }
}
