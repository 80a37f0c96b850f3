using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Graph.Execution.Json;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// One WebSocket as whole text messages: sends are serialized (a WebSocket allows one send at a
/// time), nothing is sent after the close frame, and received messages are reassembled up to a size limit.
/// </summary>
internal sealed class WebSocketChannel(WebSocket socket, int maxMessageSize) : IDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly PooledBufferWriter _received = new(4096);
    private int _closed;

    public bool IsClosed => Volatile.Read(ref _closed) != 0 || socket.State is not WebSocketState.Open;

    /// <summary>The next whole message, or null when the client closed (or the socket failed).</summary>
    /// <exception cref="MessageTooBigException">The message exceeds the size limit.</exception>
    public async ValueTask<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _received.Clear();
        while (true)
        {
            var memory = _received.GetMemory(4096);
            ValueWebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _received.Advance(result.Count);
            if (_received.WrittenCount > maxMessageSize)
            {
                throw new MessageTooBigException();
            }

            if (result.EndOfMessage)
            {
                return _received.WrittenMemory;
            }
        }
    }

    /// <summary>
    /// Sends one text message unless <paramref name="skip"/> says otherwise once it is this send's turn.
    /// <paramref name="cancellationToken"/> only cancels the wait for the turn: cancelling a pending
    /// WebSocket send aborts the whole socket, which must not happen because one operation completed.
    /// A send to a client that stopped reading ends when the connection is aborted.
    /// </summary>
    public async ValueTask<bool> SendAsync(ReadOnlyMemory<byte> message, Func<bool>? skip, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosed || (skip is not null && skip()))
            {
                return false;
            }

            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (WebSocketException)
        {
            return false;
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends the close frame once (later calls do nothing); the client's reply ends <see cref="ReceiveAsync"/>.</summary>
    public async ValueTask CloseAsync(int code, string reason)
    {
        if (!await _sending.WaitAsync(CloseTimeout).ConfigureAwait(false))
        {
            // A send is stuck on a client that stopped reading: drop the connection instead.
            Interlocked.Exchange(ref _closed, 1);
            socket.Abort();
            return;
        }

        try
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0 || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                return;
            }

            using var timeout = new CancellationTokenSource(CloseTimeout);
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client is gone; there is nobody to tell.
        }
        finally
        {
            _sending.Release();
        }
    }

    public void Dispose()
    {
        _received.Dispose();
        _sending.Dispose();
    }

    // RFC 6455 5.5: a control frame's payload is at most 125 bytes, 2 of them the code.
    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120)
        {
            length--;
        }

        return string.Concat(reason.AsSpan(0, length), "...");
    }
}

/// <summary>A message over <see cref="SubscriptionTransportOptions.MaxWebSocketMessageSize"/>.</summary>
internal sealed class MessageTooBigException() : Exception("Message too big.");

/// <summary>Writes server messages (graphql-ws PROTOCOL.md "Message types") as UTF-8 JSON.</summary>
internal static class ServerMessages
{
    public static void Write(IBufferWriter<byte> output, string type, string? id, Action<System.Text.Json.Utf8JsonWriter>? payload)
    {
        using var writer = new System.Text.Json.Utf8JsonWriter(output, new System.Text.Json.JsonWriterOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = true,
        });
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id"u8, id);
        }

        writer.WriteString("type"u8, type);
        if (payload is not null)
        {
            writer.WritePropertyName("payload"u8);
            payload(writer);
        }

        writer.WriteEndObject();
    }
}
