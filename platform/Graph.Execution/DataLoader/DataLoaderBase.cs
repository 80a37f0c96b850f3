namespace Graph.Execution.DataLoader;

/// <summary>Options of a DataLoader.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The largest number of keys in one batch; 0 for no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>Whether results are cached for the lifetime of the loader (one request).</summary>
    public bool Caching { get; init; } = true;
}

/// <summary>
/// Batches key lookups made during one execution step into one fetch, and caches the result of every key for
/// the loader's lifetime (one request), as HotChocolate's DataLoader. Thread-safe.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IBatchDispatchable
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly IBatchScheduler _scheduler;
    private readonly DataLoaderOptions _options;
    private readonly Dictionary<TKey, Task<TValue>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Promise)> _batch = [];

    protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    {
        _scheduler = scheduler ?? throw new ArgumentNullException(nameof(scheduler));
        _options = options ?? new DataLoaderOptions();
    }

    /// <summary>The value for <paramref name="key"/>, loaded with the other keys of this execution step.</summary>
    public Task<TValue> LoadAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        bool schedule;
        Task<TValue> task;
        lock (_gate)
        {
            if (_options.Caching && _cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var promise = new TaskCompletionSource<TValue>();
            _batch.Add((key, promise));
            schedule = _batch.Count == 1;
            task = promise.Task;
            if (_options.Caching)
            {
                _cache[key] = task;
            }
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

        // One promise serves every resolver asking for the key, so no single caller's token can cancel it.
        return task;
    }

    /// <summary>The values of several keys, in the order of <paramref name="keys"/>.</summary>
    public Task<TValue[]> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Task.WhenAll(keys.Select(k => LoadAsync(k, cancellationToken)));
    }

    /// <summary>Primes the cache with a known value (for example one loaded by another lookup).</summary>
    public void Set(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Removes a key from the cache.</summary>
    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    void IBatchDispatchable.Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TValue> Promise)> batch;
        lock (_gate)
        {
            batch = _batch;
            _batch = [];
        }

        var size = _options.MaxBatchSize > 0 ? _options.MaxBatchSize : Math.Max(batch.Count, 1);
        for (var start = 0; start < batch.Count; start += size)
        {
            _ = RunBatchAsync(batch.GetRange(start, Math.Min(size, batch.Count - start)));
        }
    }

    /// <summary>Fetches one batch and completes every promise of it (missing keys complete with the default value).</summary>
    protected abstract ValueTask CompleteBatchAsync(IReadOnlyList<TKey> keys, Action<int, TValue> setResult, CancellationToken cancellationToken);

    private async Task RunBatchAsync(List<(TKey Key, TaskCompletionSource<TValue> Promise)> batch)
    {
        var keys = batch.ConvertAll(b => b.Key);
        var results = new TValue[batch.Count];
        var done = new bool[batch.Count];
        Exception? failure = null;
        try
        {
            await CompleteBatchAsync(keys, (index, value) =>
            {
                results[index] = value;
                done[index] = true;
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        // Promises are completed inside a scheduler strand so that resolvers continuing inline can add the keys of
        // the next step before the scheduler considers dispatching again.
        _scheduler.Enter();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (failure is not null)
                {
                    lock (_gate)
                    {
                        _cache.Remove(batch[i].Key);
                    }

                    batch[i].Promise.TrySetException(failure);
                }
                else
                {
                    batch[i].Promise.TrySetResult(done[i] ? results[i] : default!);
                }
            }
        }
        finally
        {
            _scheduler.Leave();
        }
    }
}
