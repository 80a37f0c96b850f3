using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>One graphql-sse event as read from a <c>text/event-stream</c> body.</summary>
public sealed record SseEvent(string Event, string Data)
{
    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Data);
}

/// <summary>Reads a <c>text/event-stream</c> response event by event (comments skipped), with bounded waits.</summary>
public sealed class SseTestStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseTestStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public int Comments { get; private set; }

    /// <summary>POSTs <paramref name="body"/> (JSON) asking for an event stream; headers are read, the body is left streaming.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri endpoint, object body, string accept = "text/event-stream", CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    public static async Task<SseTestStream> OpenAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStreamAsync());

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<SseEvent?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(WsTestClient.Wait);
        string? name = null;
        var data = new StringBuilder();
        try
        {
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        return new SseEvent(name, data.ToString());
                    }

                    continue;
                }

                if (line.StartsWith(':'))
                {
                    Comments++;
                }
                else if (line.StartsWith("event:", StringComparison.Ordinal))
                {
                    name = line["event:".Length..].Trim();
                }
                else if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    data.Append(line["data:".Length..].TrimStart());
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No event arrived within {WsTestClient.Wait.TotalSeconds} s.");
        }

        return null;
    }

    /// <summary>Every event until the server ends the stream.</summary>
    public async Task<List<SseEvent>> ReadToEndAsync()
    {
        var events = new List<SseEvent>();
        while (await NextAsync() is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
