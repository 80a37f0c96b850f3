using System.Buffers.Binary;
using Graph.Redis;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Caching;

/// <summary>
/// The response cache in Redis: an entry per key (expiry time + the response's <c>data</c> JSON) with a TTL, and a set
/// per entity tag naming the entries that contain the entity. Evicting a tag deletes its entries and the set. A global
/// eviction generation guards against storing a response computed before an eviction that ran while it was computed,
/// and an evicted tag settles for <see cref="ResponseCacheOptions.EvictionSettleWindow"/>: the subgraphs' own entity caches
/// are evicted by the same event through their own consumers, so for a moment a subgraph may still answer the old value,
/// and a response tagged with a settling tag is served but not stored.
/// Every call is a Lua script, so each is one atomic round trip. Failures propagate; <see cref="ResponseCache"/> turns
/// them into misses.
/// </summary>
public sealed class ResponseCacheStore(RedisClient redis, IOptions<ResponseCacheOptions> options, TimeProvider time)
{
    private static readonly RedisScript Lookup = new("""
        return { redis.call('GET', KEYS[1]) or false, redis.call('GET', KEYS[2]) or '0' }
        """);

    // KEYS[1] entry, KEYS[2] generation, KEYS[3..] tag sets; ARGV[1] value, ARGV[2] ttl ms, ARGV[3] generation read before executing.
    private static readonly RedisScript Store = new("""
        if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[3] then return 0 end
        for i = 3, #KEYS do
          if redis.call('EXISTS', KEYS[i] .. ':settling') == 1 then return 0 end
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        local ttl = tonumber(ARGV[2])
        for i = 3, #KEYS do
          redis.call('SADD', KEYS[i], KEYS[1])
          if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
        end
        return 1
        """);

    // KEYS[1] generation, KEYS[2..] tag sets; ARGV[1] settle window ms.
    private static readonly RedisScript Evict = new("""
        local removed = 0
        redis.call('INCR', KEYS[1])
        for i = 2, #KEYS do
          if tonumber(ARGV[1]) > 0 then redis.call('SET', KEYS[i] .. ':settling', '1', 'PX', ARGV[1]) end
          for _, entry in ipairs(redis.call('SMEMBERS', KEYS[i])) do
            removed = removed + redis.call('DEL', entry)
          end
          redis.call('DEL', KEYS[i])
        end
        return removed
        """);

    private readonly ResponseCacheOptions _options = options.Value;

    private string GenerationKey => _options.KeyPrefix + "generation";

    /// <summary>The entry under <paramref name="key"/> (null when absent) and the eviction generation now.</summary>
    public async Task<(CachedResponse? Entry, string Generation)> GetAsync(string key, CancellationToken cancellationToken)
    {
        var reply = await redis.EvaluateAsync(Lookup, [EntryKey(key), GenerationKey], [], cancellationToken).ConfigureAwait(false);
        var items = reply.Items;
        var generation = items.Length > 1 ? items[1].AsString() ?? "0" : "0";
        if (items.Length == 0 || items[0].AsBytes() is not { Length: > 8 } bytes)
        {
            return (null, generation);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(bytes));
        var remaining = (int)Math.Ceiling((expiresAt - time.GetUtcNow()).TotalSeconds);
        return remaining <= 0 ? (null, generation) : (new CachedResponse(bytes.AsMemory(8), remaining), generation);
    }

    /// <summary>Stores <paramref name="data"/> for <paramref name="maxAge"/> seconds under its tags, unless an eviction ran since <paramref name="generation"/>.</summary>
    public async Task<bool> SetAsync(string key, ReadOnlyMemory<byte> data, int maxAge, IReadOnlyCollection<string> tags, string generation, CancellationToken cancellationToken)
    {
        var ttl = TimeSpan.FromSeconds(maxAge);
        var value = new byte[8 + data.Length];
        BinaryPrimitives.WriteInt64LittleEndian(value, (time.GetUtcNow() + ttl).ToUnixTimeMilliseconds());
        data.CopyTo(value.AsMemory(8));
        var keys = new List<string>(tags.Count + 2) { EntryKey(key), GenerationKey };
        keys.AddRange(tags.Select(TagKey));
        var reply = await redis.EvaluateAsync(Store, keys, [value, (long)ttl.TotalMilliseconds, generation], cancellationToken).ConfigureAwait(false);
        return reply.AsInt64() == 1;
    }

    /// <summary>Deletes every entry tagged with one of <paramref name="tags"/>; returns how many.</summary>
    public async Task<long> EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var keys = new List<string>(tags.Count + 1) { GenerationKey };
        keys.AddRange(tags.Select(TagKey));
        var reply = await redis.EvaluateAsync(Evict, keys, [(long)_options.EvictionSettleWindow.TotalMilliseconds], cancellationToken).ConfigureAwait(false);
        return reply.AsInt64();
    }

    private string EntryKey(string key) => _options.KeyPrefix + "entry:" + key;

    private string TagKey(string tag) => _options.KeyPrefix + "tag:" + tag;
}

/// <summary>A cached response's <c>data</c> JSON and the seconds it has left.</summary>
public sealed record CachedResponse(ReadOnlyMemory<byte> Data, int RemainingSeconds);
