using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Sockets;

namespace Graph.Redis;

/// <summary>
/// One socket to one server, shared by every caller. Commands are appended to an output pipe
/// under a lock together with their awaiter, so the order of the awaiters is the order of the
/// bytes on the wire; a send loop drains the pipe in large writes (natural pipelining) and a
/// reader loop completes awaiters first-in first-out, as RESP answers commands in order
/// (https://redis.io/docs/latest/develop/reference/protocol-spec/#pipelining).
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly Pipe _outbound;
    private readonly ConcurrentQueue<PendingReply> _pending = new();
    private readonly Lock _writeLock = new();
    private readonly Action<RespValue>? _unsolicited;
    private readonly long _timeoutMs;
    private readonly Timer _timeouts;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _sendLoop;
    private readonly Task _receiveLoop;
    private Exception? _failure;
    private bool _closing;

    private RedisConnection(Socket socket, RedisOptions options, Action<RespValue>? unsolicited)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        EndPoint = options.EndPoint;
        _unsolicited = unsolicited;
        _timeoutMs = (long)options.CommandTimeout.TotalMilliseconds;

        // No writer back-pressure: FlushAsync then always completes synchronously inside the
        // write lock; the command timeout bounds how long anything waits.
        _outbound = new Pipe(new PipeOptions(
            pauseWriterThreshold: 0,
            minimumSegmentSize: 16 * 1024,
            useSynchronizationContext: false));

        var period = TimeSpan.FromMilliseconds(Math.Clamp(_timeoutMs / 10, 10, 250));
        _timeouts = new Timer(static state => ((RedisConnection)state!).ExpireTimedOut(), this, period, period);
        _sendLoop = Task.Run(SendLoopAsync);
        _receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public string EndPoint { get; }

    public bool IsConnected => !Volatile.Read(ref _closing);

    /// <summary>Completes when the connection is closed, for whatever reason; see <see cref="Failure"/>.</summary>
    public Task Closed => _closed.Task;

    public Exception? Failure => _failure;

    public int InFlight => _pending.Count;

    /// <summary>Opens the socket and runs the handshake; failures become <see cref="RedisConnectionException"/>.</summary>
    public static async Task<RedisConnection> ConnectAsync(
        RedisOptions options, Action<RespValue>? unsolicited, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            var reason = ex is SocketException ? ex.Message : $"no answer within {options.ConnectTimeout.TotalMilliseconds:0} ms";
            throw new RedisConnectionException($"Cannot connect to Redis at {options.EndPoint}: {reason}.", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new RedisConnection(socket, options, unsolicited);
        try
        {
            await RedisHandshake.RunAsync(connection, options, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            if (ex is RedisServerException server)
            {
                throw new RedisConnectionException($"Redis at {options.EndPoint} rejected the connection: {server.Message}", server);
            }

            throw;
        }
    }

    /// <summary>Writes one command and returns its reply; the span is consumed before this returns.</summary>
    public ValueTask<RespValue> ExecuteAsync(ReadOnlySpan<RedisArg> args, CancellationToken cancellationToken) =>
        ExecuteAsync(args, _timeoutMs, cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(ReadOnlySpan{RedisArg}, CancellationToken)"/> with its own reply timeout (the handshake's is the connect timeout).</summary>
    public ValueTask<RespValue> ExecuteAsync(ReadOnlySpan<RedisArg> args, long timeoutMs, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<RespValue>(cancellationToken);
        }

        var pending = new PendingReply(timeoutMs, args[0].Text);
        lock (_writeLock)
        {
            if (_closing)
            {
                return ValueTask.FromException<RespValue>(ConnectionLost());
            }

            RespCommandWriter.Write(_outbound.Writer, args);
            _pending.Enqueue(pending);
            Flush();
        }

        pending.RegisterCancellation(cancellationToken);
        return pending.Task;
    }

    /// <summary>Writes a command whose replies arrive as unsolicited messages (subscriber mode).</summary>
    public void Send(ReadOnlySpan<RedisArg> args)
    {
        lock (_writeLock)
        {
            if (_closing)
            {
                throw ConnectionLost();
            }

            RespCommandWriter.Write(_outbound.Writer, args);
            Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Close(new RedisConnectionException($"The connection to Redis at {EndPoint} was closed by the client."));
        await Task.WhenAll(_sendLoop, _receiveLoop).ConfigureAwait(false);
        await _timeouts.DisposeAsync().ConfigureAwait(false);
    }

    private void Flush()
    {
        // Commits the bytes and wakes the send loop; completes synchronously (no back-pressure).
        var flush = _outbound.Writer.FlushAsync();
        if (flush.IsCompleted)
        {
            flush.GetAwaiter().GetResult();
        }
        else
        {
            flush.AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task SendLoopAsync()
    {
        var reader = _outbound.Reader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                foreach (var segment in result.Buffer)
                {
                    await _stream.WriteAsync(segment).ConfigureAwait(false);
                }

                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            Close(new RedisConnectionException($"Writing to Redis at {EndPoint} failed: {ex.Message}", ex));
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var input = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 8 * 1024, leaveOpen: true));
        try
        {
            while (true)
            {
                var result = await input.ReadAsync().ConfigureAwait(false);
                var consumed = ParseReplies(result.Buffer);
                input.AdvanceTo(consumed, result.Buffer.End);
                if (result.IsCompleted)
                {
                    Close(new RedisConnectionException($"Redis at {EndPoint} closed the connection."));
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            var failure = ex as RedisException
                ?? new RedisConnectionException($"Reading from Redis at {EndPoint} failed: {ex.Message}", ex);
            Close(failure);
        }
        finally
        {
            await input.CompleteAsync().ConfigureAwait(false);
        }
    }

    private SequencePosition ParseReplies(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        var consumed = reader.Position;
        while (RespParser.TryRead(ref reader, out var value))
        {
            consumed = reader.Position;
            Dispatch(value);
        }

        return consumed;
    }

    private void Dispatch(RespValue value)
    {
        // RESP3 push data is never a command's reply; in RESP2 subscriber mode every message
        // arrives while no command is waiting.
        if (value.Type == RespType.Push || (_unsolicited is not null && _pending.IsEmpty))
        {
            _unsolicited?.Invoke(value);
            return;
        }

        if (!_pending.TryDequeue(out var pending))
        {
            throw new RedisProtocolException($"Redis at {EndPoint} sent a reply no command was waiting for: {value}.");
        }

        pending.TrySetResult(value);
    }

    private void ExpireTimedOut()
    {
        var now = Environment.TickCount64;
        foreach (var pending in _pending)
        {
            // Replies arrive in order, so an expired command stays queued: its late reply is
            // still consumed in its place and dropped.
            if (pending.Deadline <= now && !pending.IsCompleted)
            {
                pending.TrySetException(new RedisTimeoutException(
                    $"Redis at {EndPoint} did not answer {pending.Command} within {pending.TimeoutMs} ms ({_pending.Count} commands in flight)."));
            }
        }
    }

    private void Close(Exception failure)
    {
        lock (_writeLock)
        {
            if (_closing)
            {
                return;
            }

            _failure = failure;
            Volatile.Write(ref _closing, true);
            _outbound.Writer.Complete();
        }

        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already reset by the peer; disposing below is all that is left to do.
        }

        _stream.Dispose();
        _timeouts.Dispose();
        while (_pending.TryDequeue(out var pending))
        {
            pending.TrySetException(ConnectionLost());
        }

        _closed.TrySetResult();
    }

    private RedisConnectionException ConnectionLost() =>
        new($"The connection to Redis at {EndPoint} was lost: {_failure?.Message}", _failure);
}
