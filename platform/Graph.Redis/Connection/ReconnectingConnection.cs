namespace Graph.Redis;

/// <summary>
/// Keeps one live <see cref="RedisConnection"/> to an endpoint. The first use connects; when
/// the connection drops, a background loop reconnects with exponential backoff while callers
/// fail fast with <see cref="RedisConnectionException"/> instead of queueing behind a dead
/// server; an attempt in progress is awaited (it is bounded by the connect timeout).
/// </summary>
internal sealed class ReconnectingConnection : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly Action<RespValue>? _unsolicited;
    private readonly Func<RedisConnection, CancellationToken, Task>? _onConnected;
    private readonly CancellationTokenSource _disposed = new();
    private readonly Lock _gate = new();
    private Task<RedisConnection>? _attempt;
    private RedisConnection? _current;
    private Exception? _lastError;
    private Task? _reconnectLoop;

    public ReconnectingConnection(
        RedisOptions options,
        Action<RespValue>? unsolicited = null,
        Func<RedisConnection, CancellationToken, Task>? onConnected = null)
    {
        _options = options;
        _unsolicited = unsolicited;
        _onConnected = onConnected;
    }

    public string EndPoint => _options.EndPoint;

    /// <summary>The live connection, if there is one right now.</summary>
    public RedisConnection? Current => _current is { IsConnected: true } current ? current : null;

    public ValueTask<RedisConnection> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is { IsConnected: true } ? new(current) : GetSlowAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _disposed.Cancel();
            loop = _reconnectLoop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        if (_current is { } current)
        {
            await current.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<RedisConnection> GetSlowAsync(CancellationToken cancellationToken)
    {
        Task<RedisConnection> attempt;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            if (_current is { IsConnected: true } current)
            {
                return current;
            }

            if (_attempt is null)
            {
                _attempt = ConnectAsync();
            }
            else if (_attempt.IsCompleted)
            {
                throw new RedisConnectionException(
                    $"Redis at {EndPoint} is unavailable ({_lastError?.Message}); reconnecting in the background.",
                    _lastError);
            }

            attempt = _attempt;
        }

        return await attempt.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<RedisConnection> ConnectAsync()
    {
        try
        {
            return await ConnectCoreAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _lastError = ex;
            StartReconnectLoop();
            throw;
        }
    }

    private void OnClosed()
    {
        _lastError = _current?.Failure;
        StartReconnectLoop();
    }

    private void StartReconnectLoop()
    {
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested || _reconnectLoop is not null)
            {
                return;
            }

            _reconnectLoop = Task.Run(ReconnectLoopAsync);
        }
    }

    private async Task ReconnectLoopAsync()
    {
        var delay = _options.ReconnectMinDelay;
        while (true)
        {
            lock (_gate)
            {
                // Checked under the gate so that a connection closing right after a successful
                // attempt either is seen here or finds no loop running and starts a new one.
                if (_disposed.IsCancellationRequested || _current is { IsConnected: true })
                {
                    _reconnectLoop = null;
                    return;
                }
            }

            try
            {
                await Task.Delay(delay, _disposed.Token).ConfigureAwait(false);
                Task<RedisConnection> attempt;
                lock (_gate)
                {
                    attempt = _attempt = ConnectCoreAsync();
                }

                await attempt.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
            {
                // Disposed: the next turn of the loop exits.
            }
            catch (Exception ex)
            {
                _lastError = ex;
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.ReconnectMaxDelay.Ticks));
            }
        }
    }

    private async Task<RedisConnection> ConnectCoreAsync()
    {
        RedisConnection? connection = null;
        try
        {
            connection = await RedisConnection.ConnectAsync(_options, _unsolicited, _disposed.Token).ConfigureAwait(false);
            if (_onConnected is not null)
            {
                await _onConnected(connection, _disposed.Token).ConfigureAwait(false);
            }

            lock (_gate)
            {
                _current = connection;
            }

            _ = connection.Closed.ContinueWith(
                static (_, state) => ((ReconnectingConnection)state!).OnClosed(),
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return connection;
        }
        catch when (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
