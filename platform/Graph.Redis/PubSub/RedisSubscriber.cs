using System.Collections.Concurrent;
using System.Text;

namespace Graph.Redis;

/// <summary>
/// Pub/sub on its own connection: in RESP2 a subscribed connection accepts nothing but
/// subscription commands (https://redis.io/docs/latest/develop/interact/pubsub/). Channels and
/// patterns are reference-counted across handlers, confirmed before
/// <see cref="SubscribeAsync"/> returns, and subscribed again on every reconnection.
/// Handlers run on the connection's reader: they must be quick and should hand work off
/// (the message bus writes into a channel). A connection silent for <see cref="RedisOptions.KeepAlive"/> is checked
/// with a <c>PING</c>, and replaced when nothing answers.
/// </summary>
public sealed class RedisSubscriber : IAsyncDisposable
{
    private readonly RedisOptions _options;
    private readonly ReconnectingConnection _connection;
    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly ConcurrentDictionary<string, RedisSubscription[]> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RedisSubscription[]> _patterns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _confirmations = new(StringComparer.Ordinal);

    private readonly CancellationTokenSource _disposed = new();
    private readonly Task _keepAlive;

    // When the connection last delivered anything (a message, a confirmation, a pong), as Environment.TickCount64.
    private long _lastHeard = Environment.TickCount64;

    internal RedisSubscriber(RedisOptions options)
    {
        _options = options;
        _connection = new ReconnectingConnection(options, OnPush, ResubscribeAsync);
        _keepAlive = options.KeepAlive > TimeSpan.Zero ? Task.Run(KeepAliveAsync) : Task.CompletedTask;
    }

    /// <summary>Raised when a silent connection did not answer its <c>PING</c> and was closed to be made again.</summary>
    public event Action? ConnectionReplaced;

    /// <summary>Raised (on the reader thread) when a handler throws; the message is otherwise dropped.</summary>
    public event Action<RedisMessage, Exception>? HandlerFailed;

    /// <summary>Subscribes <paramref name="handler"/> to <paramref name="channel"/> (under the client's prefix).</summary>
    public Task<RedisSubscription> SubscribeAsync(string channel, Action<RedisMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(new RedisSubscription(this, channel, isPattern: false, handler), cancellationToken);

    /// <summary><c>PSUBSCRIBE</c>: glob-style patterns (<c>orders.*</c>); the prefix is prepended to the pattern.</summary>
    public Task<RedisSubscription> PatternSubscribeAsync(string pattern, Action<RedisMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(new RedisSubscription(this, pattern, isPattern: true, handler), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync().ConfigureAwait(false);
        await _keepAlive.ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
        _channels.Clear();
        _patterns.Clear();
    }

    internal async Task RemoveAsync(RedisSubscription subscription)
    {
        var table = subscription.IsPattern ? _patterns : _channels;
        var name = _options.Prefix + subscription.Name;
        await _changes.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!table.TryGetValue(name, out var handlers))
            {
                return;
            }

            var remaining = handlers.Where(h => !ReferenceEquals(h, subscription)).ToArray();
            if (remaining.Length > 0)
            {
                table[name] = remaining;
                return;
            }

            table.TryRemove(name, out _);

            // Unconfirmed on purpose: once the handler is gone, a message still in flight is dropped
            // anyway; after a reconnection only the remaining names are subscribed.
            _connection.Current?.Send([subscription.IsPattern ? "PUNSUBSCRIBE" : "UNSUBSCRIBE", name]);
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task<RedisSubscription> AddAsync(RedisSubscription subscription, CancellationToken cancellationToken)
    {
        var table = subscription.IsPattern ? _patterns : _channels;
        var name = _options.Prefix + subscription.Name;
        await _changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (table.TryGetValue(name, out var handlers))
            {
                table[name] = [.. handlers, subscription];
                return subscription;
            }

            var connection = await _connection.GetAsync(cancellationToken).ConfigureAwait(false);
            var kind = subscription.IsPattern ? "psubscribe" : "subscribe";
            var confirmation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _confirmations[ConfirmationKey(kind, name)] = confirmation;
            try
            {
                // Registered before the command so a message right after the confirmation finds it.
                table[name] = [subscription];
                connection.Send([subscription.IsPattern ? "PSUBSCRIBE" : "SUBSCRIBE", name]);
                await confirmation.Task.WaitAsync(_options.CommandTimeout, cancellationToken).ConfigureAwait(false);
                return subscription;
            }
            catch (Exception ex)
            {
                table.TryRemove(name, out _);
                if (ex is TimeoutException)
                {
                    throw new RedisTimeoutException($"Redis at {_options.EndPoint} did not confirm {kind} to '{name}' within {_options.CommandTimeout.TotalMilliseconds:0} ms.");
                }

                throw;
            }
            finally
            {
                _confirmations.TryRemove(ConfirmationKey(kind, name), out _);
            }
        }
        finally
        {
            _changes.Release();
        }
    }

    private async Task KeepAliveAsync()
    {
        var keepAlive = (long)_options.KeepAlive.TotalMilliseconds;
        try
        {
            while (true)
            {
                var silentFor = Environment.TickCount64 - Volatile.Read(ref _lastHeard);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(keepAlive - silentFor, 1)), _disposed.Token).ConfigureAwait(false);
                if (_connection.Current is not { } connection || Environment.TickCount64 - Volatile.Read(ref _lastHeard) < keepAlive)
                {
                    continue;
                }

                var pingedAt = Environment.TickCount64;
                try
                {
                    // Allowed on a subscribed connection: RESP2 answers ["pong", ""], RESP3 a plain PONG; either lands in OnPush.
                    connection.Send(["PING"]);
                }
                catch (RedisConnectionException)
                {
                    continue;   // closing already: the reconnect loop has it
                }

                await Task.Delay(_options.CommandTimeout, _disposed.Token).ConfigureAwait(false);
                if (Volatile.Read(ref _lastHeard) < pingedAt && ReferenceEquals(_connection.Current, connection))
                {
                    // Closing it hands it to the reconnect loop, which subscribes every name again (ResubscribeAsync).
                    await connection.DisposeAsync().ConfigureAwait(false);
                    ConnectionReplaced?.Invoke();
                }
            }
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    private Task ResubscribeAsync(RedisConnection connection, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _lastHeard, Environment.TickCount64);
        SendAll(connection, "SUBSCRIBE", _channels.Keys);
        SendAll(connection, "PSUBSCRIBE", _patterns.Keys);
        return Task.CompletedTask;
    }

    private static void SendAll(RedisConnection connection, string command, ICollection<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        var args = new RedisArg[names.Count + 1];
        args[0] = command;
        var i = 1;
        foreach (var name in names)
        {
            args[i++] = name;
        }

        connection.Send(args.AsSpan(0, i));
    }

    // Messages are ["message", channel, payload] and ["pmessage", pattern, channel, payload];
    // confirmations are ["subscribe", channel, count] (an array in RESP2, a push in RESP3).
    private void OnPush(RespValue value)
    {
        Volatile.Write(ref _lastHeard, Environment.TickCount64);
        var items = value.Items;
        if (items.Length < 3)
        {
            return;
        }

        var kind = items[0].AsString();
        switch (kind)
        {
            case "message":
                Deliver(_channels, items[1], items[1], items[2], pattern: null);
                break;
            case "pmessage" when items.Length >= 4:
                Deliver(_patterns, items[1], items[2], items[3], pattern: Unprefixed(items[1]));
                break;
            case "subscribe" or "psubscribe":
                if (_confirmations.TryGetValue(ConfirmationKey(kind, items[1].AsString()!), out var confirmation))
                {
                    confirmation.TrySetResult();
                }

                break;
        }
    }

    private void Deliver(
        ConcurrentDictionary<string, RedisSubscription[]> table, RespValue key, RespValue channel, RespValue payload, string? pattern)
    {
        if (!table.TryGetValue(key.AsString()!, out var handlers))
        {
            return;
        }

        var message = new RedisMessage(Unprefixed(channel), payload.AsBytes() ?? [], pattern);
        foreach (var handler in handlers)
        {
            try
            {
                handler.Handler(message);
            }
            catch (Exception ex)
            {
                HandlerFailed?.Invoke(message, ex);
            }
        }
    }

    private string Unprefixed(RespValue name)
    {
        var text = Encoding.UTF8.GetString(name.AsSpan());
        return text.StartsWith(_options.Prefix, StringComparison.Ordinal) ? text[_options.Prefix.Length..] : text;
    }

    private static string ConfirmationKey(string kind, string name) => kind + "\n" + name;
}
