using System.Buffers;
using System.Diagnostics;
using System.Text;

namespace Graph.Redis;

/// <summary>How <see cref="RedisClient.SetAsync(string, ReadOnlyMemory{byte}, TimeSpan?, SetCondition, CancellationToken)"/> treats an existing key.</summary>
public enum SetCondition
{
    /// <summary>Always write.</summary>
    Always,

    /// <summary><c>NX</c>: only when the key does not exist (locks, first writer wins).</summary>
    IfNotExists,

    /// <summary><c>XX</c>: only when the key already exists.</summary>
    IfExists,
}

/// <summary>
/// Redis commands over one multiplexed, pipelined connection: any number of concurrent callers
/// share the socket. Keys and channels are written under <see cref="RedisOptions.Prefix"/>.
/// Thread-safe; create one per endpoint and share it (register it as a singleton).
/// </summary>
public sealed partial class RedisClient : IAsyncDisposable
{
    private readonly ReconnectingConnection _connection;
    private readonly Lazy<RedisSubscriber> _subscriber;

    public RedisClient(RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Clone();
        _connection = new ReconnectingConnection(Options);
        _subscriber = new Lazy<RedisSubscriber>(() => new RedisSubscriber(Options));
    }

    public RedisClient(string connectionString)
        : this(RedisOptions.Parse(connectionString))
    {
    }

    public RedisOptions Options { get; }

    /// <summary>Pub/sub on a dedicated connection (RESP2 allows only subscription commands on it).</summary>
    public RedisSubscriber Subscriber => _subscriber.Value;

    /// <summary>Connects now instead of on first use, so that a wrong address fails at startup.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default) =>
        await _connection.GetAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Sends any command and returns the raw reply; keys are not prefixed here.</summary>
    public ValueTask<RespValue> ExecuteAsync(ReadOnlySpan<RedisArg> args, CancellationToken cancellationToken = default)
    {
        if (args.IsEmpty)
        {
            throw new ArgumentException("A command needs at least its name.", nameof(args));
        }

        var connection = _connection.Current;
        return connection is not null
            ? connection.ExecuteAsync(args, cancellationToken)
            : ExecuteSlowAsync(args.ToArray(), cancellationToken);
    }

    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await ExecuteAsync(["PING"], cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started);
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["GET", Key(key)], cancellationToken).ConfigureAwait(false)).AsBytes();

    public async Task<string?> GetStringAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["GET", Key(key)], cancellationToken).ConfigureAwait(false)).AsString();

    /// <summary>
    /// <c>SET key value [EX s | PX ms] [NX | XX]</c>; whole-second expiries use <c>EX</c>, others <c>PX</c>.
    /// Returns false when an <c>NX</c>/<c>XX</c> condition prevented the write.
    /// </summary>
    public async Task<bool> SetAsync(
        string key,
        ReadOnlyMemory<byte> value,
        TimeSpan? expiry = null,
        SetCondition condition = SetCondition.Always,
        CancellationToken cancellationToken = default)
    {
        var reply = await SetCoreAsync(Key(key), value, expiry, condition, cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    public Task<bool> SetAsync(
        string key,
        string value,
        TimeSpan? expiry = null,
        SetCondition condition = SetCondition.Always,
        CancellationToken cancellationToken = default) =>
        SetAsync(key, Encoding.UTF8.GetBytes(value), expiry, condition, cancellationToken);

    /// <summary><c>MGET</c>: one value per key, in order, null where a key is missing.</summary>
    public async Task<byte[]?[]> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        var reply = await ExecuteWithKeysAsync("MGET", keys, cancellationToken).ConfigureAwait(false);
        return [.. reply.Items.Select(item => item.AsBytes())];
    }

    /// <summary><c>DEL</c>: returns how many of the keys existed.</summary>
    public async Task<long> DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0
            ? 0
            : (await ExecuteWithKeysAsync("DEL", keys, cancellationToken).ConfigureAwait(false)).AsInt64();
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["DEL", Key(key)], cancellationToken).ConfigureAwait(false)).AsInt64() > 0;

    /// <summary><c>EXPIRE</c> for whole seconds, <c>PEXPIRE</c> otherwise; false when the key does not exist.</summary>
    public async Task<bool> ExpireAsync(string key, TimeSpan expiry, CancellationToken cancellationToken = default)
    {
        var reply = IsWholeSeconds(expiry)
            ? ExecuteAsync(["EXPIRE", Key(key), (long)expiry.TotalSeconds], cancellationToken)
            : ExecuteAsync(["PEXPIRE", Key(key), (long)Math.Ceiling(expiry.TotalMilliseconds)], cancellationToken);
        return (await reply.ConfigureAwait(false)).AsInt64() == 1;
    }

    /// <summary><c>PTTL</c>: the remaining time to live, or null when the key is missing or never expires.</summary>
    public async Task<TimeSpan?> TimeToLiveAsync(string key, CancellationToken cancellationToken = default)
    {
        var milliseconds = (await ExecuteAsync(["PTTL", Key(key)], cancellationToken).ConfigureAwait(false)).AsInt64();
        return milliseconds < 0 ? null : TimeSpan.FromMilliseconds(milliseconds);
    }

    /// <summary><c>INCR</c> (or <c>INCRBY</c>): the value after the increment; a missing key counts from 0.</summary>
    public async Task<long> IncrementAsync(string key, long by = 1, CancellationToken cancellationToken = default)
    {
        var reply = by == 1
            ? ExecuteAsync(["INCR", Key(key)], cancellationToken)
            : ExecuteAsync(["INCRBY", Key(key), by], cancellationToken);
        return (await reply.ConfigureAwait(false)).AsInt64();
    }

    /// <summary><c>PUBLISH</c> on the prefixed channel: how many subscribers (across all clients) received it.</summary>
    public async Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["PUBLISH", Key(channel), message], cancellationToken).ConfigureAwait(false)).AsInt64();

    public Task<long> PublishAsync(string channel, string message, CancellationToken cancellationToken = default) =>
        PublishAsync(channel, Encoding.UTF8.GetBytes(message), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_subscriber.IsValueCreated)
        {
            await _subscriber.Value.DisposeAsync().ConfigureAwait(false);
        }

        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    internal RedisArg Key(string key) => RedisArg.Key(Options.Prefix, key);

    private ValueTask<RespValue> SetCoreAsync(
        RedisArg key, ReadOnlyMemory<byte> value, TimeSpan? expiry, SetCondition condition, CancellationToken cancellationToken)
    {
        RedisArg? when = condition switch
        {
            SetCondition.IfNotExists => (RedisArg)"NX",
            SetCondition.IfExists => (RedisArg)"XX",
            _ => (RedisArg?)null,
        };

        if (expiry is not { } ttl)
        {
            return when is { } w
                ? ExecuteAsync(["SET", key, value, w], cancellationToken)
                : ExecuteAsync(["SET", key, value], cancellationToken);
        }

        if (ttl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(expiry), expiry, "An expiry must be positive.");
        }

        RedisArg unit = IsWholeSeconds(ttl) ? "EX" : "PX";
        RedisArg amount = IsWholeSeconds(ttl) ? (long)ttl.TotalSeconds : (long)Math.Ceiling(ttl.TotalMilliseconds);
        return when is { } condition2
            ? ExecuteAsync(["SET", key, value, unit, amount, condition2], cancellationToken)
            : ExecuteAsync(["SET", key, value, unit, amount], cancellationToken);
    }

    private ValueTask<RespValue> ExecuteWithKeysAsync(string command, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var args = ArrayPool<RedisArg>.Shared.Rent(keys.Count + 1);
        try
        {
            args[0] = command;
            for (var i = 0; i < keys.Count; i++)
            {
                args[i + 1] = Key(keys[i]);
            }

            return ExecuteAsync(args.AsSpan(0, keys.Count + 1), cancellationToken);
        }
        finally
        {
            // The span is consumed before ExecuteAsync returns (copied if it has to wait).
            args.AsSpan(0, keys.Count + 1).Clear();
            ArrayPool<RedisArg>.Shared.Return(args);
        }
    }

    private async ValueTask<RespValue> ExecuteSlowAsync(RedisArg[] args, CancellationToken cancellationToken)
    {
        var connection = await _connection.GetAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(args, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsWholeSeconds(TimeSpan value) => value.Ticks % TimeSpan.TicksPerSecond == 0;
}
