using System.Net.WebSockets;
using System.Text.Json;

namespace Graph.Testing.Subscriptions;

/// <summary>
/// One GraphQL subscription over graphql-transport-ws, by hand: <c>connection_init</c> carrying the bearer token in its
/// payload, <c>connection_ack</c>, <c>subscribe</c>, then the service's messages (pings are answered with pongs).
/// </summary>
public sealed class WebSocketSubscription : IAsyncDisposable
{
    /// <summary>How long connecting and each receive wait when the caller names no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The id of the one operation this client subscribes.</summary>
    public const string OperationId = "1";

    private readonly ClientWebSocket _socket = new();
    private readonly TimeSpan _timeout;

    private WebSocketSubscription(TimeSpan timeout) => _timeout = timeout;

    /// <summary>Connects (the endpoint's scheme becomes <c>ws</c>), initialises the connection and subscribes.</summary>
    /// <param name="endpoint">The service's GraphQL endpoint.</param>
    /// <param name="query">The subscription document.</param>
    /// <param name="variables">Its variables, or null.</param>
    /// <param name="accessToken">The bearer token sent in <c>connection_init</c>.</param>
    /// <param name="timeout">How long connecting and each receive wait; <see cref="DefaultTimeout"/> when null.</param>
    public static async Task<WebSocketSubscription> StartAsync(Uri endpoint, string query, object? variables, string accessToken, TimeSpan? timeout = null)
    {
        var subscription = new WebSocketSubscription(timeout ?? DefaultTimeout);
        try
        {
            subscription._socket.Options.AddSubProtocol("graphql-transport-ws");
            using (var connecting = new CancellationTokenSource(subscription._timeout))
            {
                await subscription._socket.ConnectAsync(new UriBuilder(endpoint) { Scheme = "ws" }.Uri, connecting.Token).ConfigureAwait(false);
            }

            await subscription.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + accessToken } }).ConfigureAwait(false);
            var ack = await subscription.ReceiveAsync().ConfigureAwait(false);
            if (ack.GetProperty("type").GetString() != "connection_ack")
            {
                throw new InvalidOperationException($"Expected connection_ack, got {ack}");
            }

            await subscription.SendAsync(new { id = OperationId, type = "subscribe", payload = new { query, variables } }).ConfigureAwait(false);
            return subscription;
        }
        catch
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The whole next protocol message other than a ping (<c>next</c>, <c>error</c>, <c>complete</c>), for callers that
    /// expect an error; waits the subscription's timeout at most and fails when the socket closes.
    /// </summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var frame = await _socket.ReceiveAsync(buffer, timeout.Token).ConfigureAwait(false);
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
                await SendAsync(new { type = "pong" }).ConfigureAwait(false);
                continue;
            }

            return document.RootElement.Clone();
        }
    }

    /// <summary>The payload (<c>{data, errors}</c>) of the next <c>next</c> message; any other message fails.</summary>
    public async Task<JsonElement> NextAsync()
    {
        var message = await ReceiveAsync().ConfigureAwait(false);
        return message.GetProperty("type").GetString() == "next"
            ? message.GetProperty("payload")
            : throw new InvalidOperationException($"Expected next, got {message}");
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Closes the socket normally (5 s at most; the server may already be gone), which ends the subscription.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone at the end of the run.
            }
        }

        _socket.Dispose();
    }
}
