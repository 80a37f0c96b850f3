using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Graph.Orders.Tests.Support;

/// <summary>
/// One subscription over graphql-transport-ws, by hand: <c>connection_init</c> with the bearer token in its payload,
/// <c>connection_ack</c>, <c>subscribe</c>, then each <c>next</c>'s payload.
/// </summary>
public sealed class WebSocketSubscription : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private WebSocketSubscription()
    {
    }

    public static async Task<WebSocketSubscription> StartAsync(Uri graphqlEndpoint, string query, object? variables, string token)
    {
        var subscription = new WebSocketSubscription();
        subscription._socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(graphqlEndpoint) { Scheme = "ws" }.Uri;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await subscription._socket.ConnectAsync(uri, timeout.Token);
        await subscription.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } });
        var ack = await subscription.ReceiveAsync();
        if (ack.GetProperty("type").GetString() != "connection_ack")
        {
            throw new InvalidOperationException("Expected connection_ack, got " + ack);
        }

        await subscription.SendAsync(new { id = "1", type = "subscribe", payload = new { query, variables } });
        return subscription;
    }

    /// <summary>The payload of the next <c>next</c> message; fails on <c>error</c> or after 30 s.</summary>
    public async Task<JsonElement> NextAsync()
    {
        var message = await ReceiveAsync();
        return message.GetProperty("type").GetString() == "next"
            ? message.GetProperty("payload")
            : throw new InvalidOperationException("Expected next, got " + message);
    }

    private async Task SendAsync(object message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
    }

    private async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The socket closed: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
                var root = document.RootElement.Clone();
                if (root.GetProperty("type").GetString() is "ping")
                {
                    await SendAsync(new { type = "pong" });
                    message.SetLength(0);
                    continue;
                }

                return root;
            }
        }
    }

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
            }
        }

        _socket.Dispose();
    }
}
