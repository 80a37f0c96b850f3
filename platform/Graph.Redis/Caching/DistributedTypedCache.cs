using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Graph.Redis;

/// <summary><see cref="ITypedCache"/> as JSON over <see cref="IDistributedCache"/>, with single flight per key.</summary>
public sealed class DistributedTypedCache(IDistributedCache cache, JsonSerializerOptions? json = null) : ITypedCache
{
    private readonly JsonSerializerOptions _json = json ?? JsonSerializerOptions.Web;
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    public async Task<T?> GetAsync<T>(string key, CancellationToken cancellationToken = default)
    {
        var bytes = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        return bytes is null ? default : JsonSerializer.Deserialize<T>(bytes, _json);
    }

    public Task SetAsync<T>(string key, T value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        cache.SetAsync(
            key,
            JsonSerializer.SerializeToUtf8Bytes(value, _json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive },
            cancellationToken);

    public async Task<T> GetOrSetAsync<T>(
        string key, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);

        // One read-or-load per key at a time: concurrent callers share the read, the factory run
        // and the write, so a miss under load costs one factory call. The shared run is not tied
        // to the first caller's token, so one caller canceling does not fail the others.
        var flightKey = key + "\n" + typeof(T).FullName;
        var flight = (Task<T>)_inFlight.GetOrAdd(flightKey, _ => GetOrLoadAsync(key, flightKey, factory, timeToLive));
        return await flight.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(key, cancellationToken);

    private async Task<T> GetOrLoadAsync<T>(string key, string flightKey, Func<CancellationToken, Task<T>> factory, TimeSpan timeToLive)
    {
        try
        {
            // Yield first so the task is stored in _inFlight before the finally removes it.
            await Task.Yield();
            var bytes = await cache.GetAsync(key).ConfigureAwait(false);
            if (bytes is not null)
            {
                return JsonSerializer.Deserialize<T>(bytes, _json)!;
            }

            var value = await factory(CancellationToken.None).ConfigureAwait(false);
            await SetAsync(key, value, timeToLive).ConfigureAwait(false);
            return value;
        }
        finally
        {
            _inFlight.TryRemove(flightKey, out _);
        }
    }
}
