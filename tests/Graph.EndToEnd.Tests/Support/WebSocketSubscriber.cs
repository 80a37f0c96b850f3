using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>
/// A GraphQL subscription over graphql-transport-ws: <c>connection_init</c> carrying the bearer token,
/// <c>connection_ack</c>, <c>subscribe</c>, then the payload of each <c>next</c> (pings are answered).
/// </summary>
public sealed class WebSocketSubscriber : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public static async Task<WebSocketSubscriber> StartAsync(Uri endpoint, string query, object variables, string accessToken)
    {
        var subscriber = new WebSocketSubscriber();
        subscriber._socket.Options.AddSubProtocol("graphql-transport-ws");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await subscriber._socket.ConnectAsync(new UriBuilder(endpoint) { Scheme = "ws" }.Uri, timeout.Token);
        await subscriber.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + accessToken } });
        var ack = await subscriber.ReceiveAsync();
        if (ack.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException($"Expected connection_ack, got {ack}");
        }

        await subscriber.SendAsync(new { id = "e2e", type = "subscribe", payload = new { query, variables } });
        return subscriber;
    }

    /// <summary>The whole next protocol message other than a ping (<c>next</c>, <c>error</c>, <c>complete</c>); 20 s at most.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var frame = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The socket closed: {frame.CloseStatus} {frame.CloseStatusDescription}");
            }

            message.Write(buffer, 0, frame.Count);
            if (!frame.EndOfMessage)
            {
                continue;
            }

            using var document = JsonDocument.Parse(message.ToArray());
            message.SetLength(0);
            if (document.RootElement.GetProperty("type").GetString() == "ping")
            {
                await SendAsync(new { type = "pong" });
                continue;
            }

            return document.RootElement.Clone();
        }
    }

    /// <summary>The payload of the next <c>next</c> message; anything else fails.</summary>
    public async Task<JsonElement> NextAsync()
    {
        var message = await ReceiveAsync();
        return message.GetProperty("type").GetString() == "next"
            ? message.GetProperty("payload")
            : throw new InvalidOperationException($"Expected next, got {message}");
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web), WebSocketMessageType.Text, true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone at the end of the run.
            }
        }

        _socket.Dispose();
    }
}
