using System.Buffers.Binary;
using Microsoft.Extensions.Caching.Distributed;

namespace Graph.Redis;

/// <summary>
/// <see cref="IDistributedCache"/> over Redis strings, so ASP.NET Core and eShop-style code
/// caches through our client. Each value carries a 17-byte header (version, absolute expiry,
/// sliding window) because sliding expiration needs both on every read; the key's TTL is
/// min(sliding window, time to the absolute expiry) and is pushed forward on each hit. Many keys read in one
/// <c>MGET</c> through <see cref="IDistributedCacheBatchReader"/>.
/// </summary>
public sealed class RedisDistributedCache(RedisClient client, TimeProvider? time = null) : IDistributedCache, IDistributedCacheBatchReader
{
    private const byte FormatVersion = 1;
    private const int HeaderLength = 17;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stored = await client.GetAsync(key, token).ConfigureAwait(false);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (!TryReadLive(stored, now, out var absolute, out var sliding))
        {
            return null;
        }

        if (sliding != 0)
        {
            await client.ExpireAsync(key, Ttl(absolute, sliding, now), token).ConfigureAwait(false);
        }

        return stored![HeaderLength..];
    }

    /// <summary>
    /// One <c>MGET</c> for all <paramref name="keys"/>; entries with a sliding window then get their <c>EXPIRE</c>
    /// (pipelined on the connection), as <see cref="GetAsync"/> gives each.
    /// </summary>
    public async Task<byte[]?[]> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        for (var i = 0; i < keys.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
        }

        var stored = await client.GetManyAsync(keys, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var values = new byte[]?[stored.Length];
        List<Task>? refreshes = null;
        for (var i = 0; i < stored.Length; i++)
        {
            if (!TryReadLive(stored[i], now, out var absolute, out var sliding))
            {
                continue;
            }

            if (sliding != 0)
            {
                (refreshes ??= []).Add(client.ExpireAsync(keys[i], Ttl(absolute, sliding, now), cancellationToken));
            }

            values[i] = stored[i]![HeaderLength..];
        }

        if (refreshes is not null)
        {
            await Task.WhenAll(refreshes).ConfigureAwait(false);
        }

        return values;
    }

    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var now = _time.GetUtcNow();
        var absolute = options.AbsoluteExpirationRelativeToNow is { } relative
            ? now + relative
            : options.AbsoluteExpiration;
        if (absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration is in the past.");
        }

        var absoluteMs = absolute?.ToUnixTimeMilliseconds() ?? 0;
        var slidingMs = (long)(options.SlidingExpiration?.TotalMilliseconds ?? 0);
        var stored = new byte[HeaderLength + value.Length];
        stored[0] = FormatVersion;
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(1), absoluteMs);
        BinaryPrimitives.WriteInt64LittleEndian(stored.AsSpan(9), slidingMs);
        value.CopyTo(stored.AsSpan(HeaderLength));

        TimeSpan? ttl = absoluteMs == 0 && slidingMs == 0 ? null : Ttl(absoluteMs, slidingMs, now.ToUnixTimeMilliseconds());
        await client.SetAsync(key, stored, ttl, SetCondition.Always, token).ConfigureAwait(false);
    }

    public async Task RefreshAsync(string key, CancellationToken token = default) =>
        await GetAsync(key, token).ConfigureAwait(false);

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return client.DeleteAsync(key, token);
    }

    // The synchronous members exist for old callers. Blocking is safe here: replies complete
    // on the thread pool, never on a captured context, so this cannot deadlock on itself.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    /// <summary>Whether <paramref name="stored"/> is a value in our format that has not reached its absolute expiry.</summary>
    private static bool TryReadLive(byte[]? stored, long now, out long absolute, out long sliding)
    {
        if (stored is null || !TryReadHeader(stored, out absolute, out sliding))
        {
            absolute = 0;
            sliding = 0;
            return false;
        }

        return absolute == 0 || absolute > now;
    }

    private static bool TryReadHeader(byte[] stored, out long absolute, out long sliding)
    {
        absolute = 0;
        sliding = 0;
        if (stored.Length < HeaderLength || stored[0] != FormatVersion)
        {
            return false;
        }

        absolute = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(1));
        sliding = BinaryPrimitives.ReadInt64LittleEndian(stored.AsSpan(9));
        return true;
    }

    private static TimeSpan Ttl(long absolute, long sliding, long now)
    {
        var untilAbsolute = absolute == 0 ? long.MaxValue : absolute - now;
        var milliseconds = sliding == 0 ? untilAbsolute : Math.Min(sliding, untilAbsolute);
        return TimeSpan.FromMilliseconds(Math.Max(1, milliseconds));
    }
}
