using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Graph.Notifications.Tests.Support;

/// <summary>
/// Reads one GraphQL subscription over server-sent events (graphql-sse, distinct connections): every <c>next</c>
/// event's data becomes one result in <see cref="NextAsync"/>.
/// </summary>
public sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Channel<JsonElement> _results = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;

    private EventStreamReader(HttpResponseMessage response)
    {
        _response = response;
        _pump = Task.Run(PumpAsync);
    }

    public static async Task<EventStreamReader> OpenAsync(HttpClient client, Uri endpoint, string query, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStreamReader(response);
    }

    /// <summary>The next result; a hung stream fails after <see cref="Eventually.Timeout"/>.</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Eventually.Timeout);
        return await _results.Reader.ReadAsync(timeout.Token);
    }

    private async Task PumpAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token), Encoding.UTF8);
            var isNext = false;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith("event:", StringComparison.Ordinal)) isNext = line[6..].Trim() == "next";
                else if (isNext && line.StartsWith("data:", StringComparison.Ordinal))
                    await _results.Writer.WriteAsync(JsonDocument.Parse(line[5..]).RootElement.Clone(), _stop.Token);
            }
        }
        catch (Exception ex) when (_stop.IsCancellationRequested && ex is OperationCanceledException or IOException or HttpRequestException)
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
        try { await _pump; }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException) { }
        _stop.Dispose();
    }
}
