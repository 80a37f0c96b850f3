using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace Graph.AspNetCore.Tests.Subscriptions.Support;

/// <summary>A raw graphql-transport-ws client over <see cref="ClientWebSocket"/>, with bounded waits.</summary>
public sealed class WsTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;

    private WsTestClient(ClientWebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<WsTestClient> ConnectAsync(Uri endpoint, params string[] subProtocols)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in subProtocols.Length == 0 ? ["graphql-transport-ws"] : subProtocols)
        {
            socket.Options.AddSubProtocol(protocol);
        }

        var ws = new UriBuilder(endpoint) { Scheme = endpoint.Scheme == "https" ? "wss" : "ws" }.Uri;
        using var timeout = new CancellationTokenSource(Wait);
        await socket.ConnectAsync(ws, timeout.Token);
        return new WsTestClient(socket);
    }

    /// <summary>Connects and completes <c>connection_init</c> / <c>connection_ack</c>.</summary>
    public static async Task<WsTestClient> ConnectAndInitAsync(Uri endpoint, object? payload = null)
    {
        var client = await ConnectAsync(endpoint);
        await client.SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        (await client.ReceiveAsync()).GetProperty("type").GetString().Should().Be("connection_ack");
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next message; fails clearly when the socket closes or nothing arrives in time.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (text, close) = await ReceiveRawAsync();
        close.Should().BeNull($"a message was expected, but the server closed the socket with {close?.Code} \"{close?.Reason}\"");
        return JsonSerializer.Deserialize<JsonElement>(text!);
    }

    /// <summary>Receives until the server's close frame, returning its code and reason (messages before it are skipped).</summary>
    public async Task<(int Code, string Reason)> ReceiveCloseAsync()
    {
        while (true)
        {
            var (_, close) = await ReceiveRawAsync();
            if (close is { } closed)
            {
                return closed;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                _socket.Abort();
            }
        }

        _socket.Dispose();
    }

    private async Task<(string? Text, (int Code, string Reason)? Close)> ReceiveRawAsync()
    {
        using var timeout = new CancellationTokenSource(Wait);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return (null, ((int)result.CloseStatus!.Value, result.CloseStatusDescription ?? string.Empty));
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return (Encoding.UTF8.GetString(message.ToArray()), null);
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Nothing arrived from the server within {Wait.TotalSeconds} s.");
        }
    }
}
