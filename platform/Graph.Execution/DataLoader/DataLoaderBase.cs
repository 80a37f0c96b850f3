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

    // Keys of the current or an in-flight batch (only with caching): a second caller of the same key gets a promise
    // of its own. Sharing one task would give it several awaiters, and the runtime runs only the first awaiter of a
    // task inline and queues the others to the thread pool: the rest of the execution step would hop threads.
    private readonly Dictionary<TKey, PendingKey> _pending = [];
    private List<PendingKey> _batch = [];

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
            if (_options.Caching)
            {
                if (_cache.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                if (_pending.TryGetValue(key, out var waiting))
                {
                    return waiting.AddWaiter();
                }
            }

            var pending = new PendingKey(key);
            _batch.Add(pending);
            schedule = _batch.Count == 1;
            task = pending.Promise.Task;
            if (_options.Caching)
            {
                _pending[key] = pending;
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
            if (!_pending.ContainsKey(key))
            {
                _cache.TryAdd(key, Task.FromResult(value));
            }
        }
    }

    /// <summary>Removes a key from the cache.</summary>
    public void Remove(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
            _pending.Remove(key);
        }
    }

    void IBatchDispatchable.Dispatch()
    {
        List<PendingKey> batch;
        lock (_gate)
        {
            batch = _batch;
            _batch = [];
        }

        var size = _options.MaxBatchSize > 0 ? _options.MaxBatchSize : Math.Max(batch.Count, 1);
        if (batch.Count <= size)
        {
            _ = RunBatchAsync(batch);
            return;
        }

        for (var start = 0; start < batch.Count; start += size)
        {
            _ = RunBatchAsync(batch.GetRange(start, Math.Min(size, batch.Count - start)));
        }
    }

    /// <summary>Fetches one batch and completes every promise of it (missing keys complete with the default value).</summary>
    protected abstract ValueTask CompleteBatchAsync(IReadOnlyList<TKey> keys, Action<int, TValue> setResult, CancellationToken cancellationToken);

    private async Task RunBatchAsync(List<PendingKey> batch)
    {
        var keys = batch.ConvertAll(static b => b.Key);
        Exception? failure = null;
        try
        {
            await CompleteBatchAsync(keys, (index, value) => batch[index].SetValue(value), CancellationToken.None).ConfigureAwait(false);
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
            foreach (var pending in batch)
            {
                Complete(pending, failure);
            }
        }
        finally
        {
            _scheduler.Leave();
        }
    }

    private void Complete(PendingKey pending, Exception? failure)
    {
        if (failure is null)
        {
            pending.Promise.TrySetResult(pending.Value);
        }

        // Waiters added while the first caller continued inline are still collected here; later callers find the
        // completed task in the cache (a failed key is not cached, so it is loaded again).
        List<TaskCompletionSource<TValue>>? waiters;
        lock (_gate)
        {
            if (_pending.TryGetValue(pending.Key, out var current) && ReferenceEquals(current, pending))
            {
                _pending.Remove(pending.Key);
                if (failure is null)
                {
                    _cache[pending.Key] = pending.Promise.Task;
                }
            }

            waiters = pending.TakeWaiters();
        }

        if (failure is not null)
        {
            pending.Promise.TrySetException(failure);
        }

        if (waiters is null)
        {
            return;
        }

        foreach (var waiter in waiters)
        {
            if (failure is null)
            {
                waiter.TrySetResult(pending.Value);
            }
            else
            {
                waiter.TrySetException(failure);
            }
        }
    }

    /// <summary>One key of a batch: the first caller's promise, one promise per later caller, and the loaded value.</summary>
    private sealed class PendingKey(TKey key)
    {
        private List<TaskCompletionSource<TValue>>? _waiters;
        private bool _closed;

        public TKey Key { get; } = key;

        public TaskCompletionSource<TValue> Promise { get; } = new();

        /// <summary>The loaded value; default when the batch did not return the key.</summary>
        public TValue Value { get; private set; } = default!;

        public void SetValue(TValue value) => Value = value;

        /// <summary>A promise for another caller of the key (under the loader's lock).</summary>
        public Task<TValue> AddWaiter()
        {
            if (_closed)
            {
                // Completed between the lookup and now: the key is about to be cached; the first promise is done.
                return Promise.Task;
            }

            var waiter = new TaskCompletionSource<TValue>();
            (_waiters ??= []).Add(waiter);
            return waiter.Task;
        }

        /// <summary>The waiters so far; later callers get the completed promise (under the loader's lock).</summary>
        public List<TaskCompletionSource<TValue>>? TakeWaiters()
        {
            _closed = true;
            var waiters = _waiters;
            _waiters = null;
            return waiters;
        }
    }
}
