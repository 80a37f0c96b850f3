using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Sources;
using Graph.Types.Resolvers;

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

        // One promise serves every resolver asking for the key, so no single caller's token can cancel it.
        return Join(key, forTask: true, out _)!;
    }

    /// <summary>
    /// The value for <paramref name="key"/> as a resolver's result: what <see cref="LoadAsync(TKey, CancellationToken)"/>
    /// loads, for a resolver that returns the value as it is (<c>context =&gt; loader.LoadResultAsync(key)</c>, or a
    /// code-first resolver method returning <see cref="ResolverResult{T}"/>). It needs no async method of its own to
    /// turn a <see cref="Task{TResult}"/> into the resolver's <see cref="ValueTask{TResult}"/>, and every caller of a key
    /// shares one pending entry (no promise per caller).
    /// </summary>
    /// <remarks>As any <see cref="ValueTask{TResult}"/>, the result may be awaited (or its result read) only once.</remarks>
    public ResolverResult<TValue> LoadResultAsync(TKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();

        // The cache holds only loaded values (completed tasks).
        var cached = Join(key, forTask: false, out var pending);
        return pending is null ? new ResolverResult<TValue>(cached!.Result) : new ResolverResult<TValue>(pending.AsResult());
    }

    /// <summary>
    /// Joins the key's load: the cached task of a loaded key (<paramref name="pending"/> null); otherwise the key's
    /// pending entry, added to the current batch (and the batch scheduled) when it has none, and for a
    /// <see cref="Task"/> caller (<paramref name="forTask"/>) its promise, made under the loader's lock.
    /// </summary>
    private Task<TValue>? Join(TKey key, bool forTask, out PendingKey? pending)
    {
        bool schedule;
        Task<TValue>? task = null;
        lock (_gate)
        {
            if (_options.Caching)
            {
                if (_cache.TryGetValue(key, out var cached))
                {
                    pending = null;
                    return cached;
                }

                if (_pending.TryGetValue(key, out var waiting))
                {
                    pending = waiting;
                    return forTask ? waiting.AddWaiter() : null;
                }
            }

            pending = new PendingKey(key);
            _batch.Add(pending);
            schedule = _batch.Count == 1;
            if (forTask)
            {
                task = pending.CreateFirstPromise().Task;
            }

            if (_options.Caching)
            {
                _pending[key] = pending;
            }
        }

        if (schedule)
        {
            _scheduler.Schedule(this);
        }

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
        // The outcome first: a caller of the key from now on (for example the first caller, continuing inline below)
        // gets it at once.
        lock (_gate)
        {
            pending.Publish(failure);
        }

        if (failure is null)
        {
            pending.FirstPromise?.TrySetResult(pending.Value);
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
                    _cache[pending.Key] = pending.FirstPromise?.Task ?? Task.FromResult(pending.Value);
                }
            }

            waiters = pending.TakeWaiters();
        }

        if (failure is not null)
        {
            pending.FirstPromise?.TrySetException(failure);
        }

        if (waiters is not null)
        {
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

        pending.RunResultContinuations();
    }

    /// <summary>
    /// One key of a batch: the loaded value and outcome, the first <see cref="LoadAsync(TKey, CancellationToken)"/>
    /// caller's promise, one promise per later such caller, and, for <see cref="LoadResultAsync"/> callers, the source
    /// of their <see cref="ValueTask{TResult}"/>s: one for every caller of the key, which runs each awaiting
    /// continuation inline when the key completes (a <see cref="Task"/> would run only its first awaiter inline).
    /// </summary>
    private sealed class PendingKey(TKey key) : IValueTaskSource<object?>
    {
        private const int Pending = 0;
        private const int Succeeded = 1;
        private const int Failed = 2;

        private List<TaskCompletionSource<TValue>>? _waiters;

        // The awaiting continuations: usually one (the executor awaits one pending item at a time), kept inline.
        private ResultContinuation _continuation;
        private List<ResultContinuation>? _moreContinuations;
        private Exception? _failure;
        private int _status;

        public TKey Key { get; } = key;

        /// <summary>The first <see cref="LoadAsync(TKey, CancellationToken)"/> caller's promise, when the key was first asked that way.</summary>
        public TaskCompletionSource<TValue>? FirstPromise { get; private set; }

        /// <summary>The loaded value; default when the batch did not return the key.</summary>
        public TValue Value { get; private set; } = default!;

        public TaskCompletionSource<TValue> CreateFirstPromise() => FirstPromise = new TaskCompletionSource<TValue>();

        public void SetValue(TValue value) => Value = value;

        /// <summary>A promise for another <see cref="LoadAsync(TKey, CancellationToken)"/> caller of the key (under the loader's lock).</summary>
        public Task<TValue> AddWaiter()
        {
            switch (Volatile.Read(ref _status))
            {
                case Succeeded:
                    return Task.FromResult(Value);
                case Failed:
                    return Task.FromException<TValue>(_failure!);
            }

            var waiter = new TaskCompletionSource<TValue>();
            (_waiters ??= []).Add(waiter);
            return waiter.Task;
        }

        /// <summary>The promises added so far (under the loader's lock, after <see cref="Publish"/>: later callers get the outcome).</summary>
        public List<TaskCompletionSource<TValue>>? TakeWaiters()
        {
            var waiters = _waiters;
            _waiters = null;
            return waiters;
        }

        /// <summary>A <see cref="LoadResultAsync"/> caller's result: the outcome when known, else pending on this source.</summary>
        public ValueTask<object?> AsResult() => Volatile.Read(ref _status) switch
        {
            Succeeded => new ValueTask<object?>(Value),
            Failed => ValueTask.FromException<object?>(_failure!),
            _ => new ValueTask<object?>(this, 0),
        };

        /// <summary>Records the outcome (the value was set before); from now on every caller gets it.</summary>
        public void Publish(Exception? failure)
        {
            lock (this)
            {
                _failure = failure;
                Volatile.Write(ref _status, failure is null ? Succeeded : Failed);
            }
        }

        /// <summary>Runs, inline, the continuations of the <see cref="LoadResultAsync"/> callers that awaited the key.</summary>
        public void RunResultContinuations()
        {
            ResultContinuation first;
            List<ResultContinuation>? more;
            lock (this)
            {
                (first, more) = (_continuation, _moreContinuations);
                (_continuation, _moreContinuations) = (default, null);
            }

            if (first.IsSet)
            {
                first.Run();
            }

            if (more is not null)
            {
                foreach (var continuation in more)
                {
                    continuation.Run();
                }
            }
        }

        public ValueTaskSourceStatus GetStatus(short token) => Volatile.Read(ref _status) switch
        {
            Succeeded => ValueTaskSourceStatus.Succeeded,
            Failed => ValueTaskSourceStatus.Faulted,
            _ => ValueTaskSourceStatus.Pending,
        };

        public object? GetResult(short token)
        {
            switch (Volatile.Read(ref _status))
            {
                case Succeeded:
                    return Value;
                case Failed:
                    ExceptionDispatchInfo.Throw(_failure!);
                    return null;
                default:
                    throw new InvalidOperationException("The DataLoader has not loaded the key yet; await the result first.");
            }
        }

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            ArgumentNullException.ThrowIfNull(continuation);
            var registered = new ResultContinuation(continuation, state, flags);
            lock (this)
            {
                if (_status == Pending)
                {
                    if (!_continuation.IsSet)
                    {
                        _continuation = registered;
                    }
                    else
                    {
                        (_moreContinuations ??= []).Add(registered);
                    }

                    return;
                }
            }

            // Completed since the caller checked: run it on the thread pool rather than on this caller's stack.
            ThreadPool.UnsafeQueueUserWorkItem(static r => r.Run(), registered, preferLocal: true);
        }
    }

    /// <summary>
    /// An awaiting continuation with the contexts it asked for (<see cref="ValueTaskSourceOnCompletedFlags"/>): the
    /// execution context to run in, and the synchronization context or task scheduler to run on.
    /// </summary>
    private readonly struct ResultContinuation
    {
        private readonly Action<object?> _continuation;
        private readonly object? _state;
        private readonly ExecutionContext? _executionContext;
        private readonly object? _schedulingContext;

        public ResultContinuation(Action<object?> continuation, object? state, ValueTaskSourceOnCompletedFlags flags)
        {
            _continuation = continuation;
            _state = state;
            if ((flags & ValueTaskSourceOnCompletedFlags.FlowExecutionContext) != 0)
            {
                _executionContext = ExecutionContext.Capture();
            }

            if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0)
            {
                if (SynchronizationContext.Current is { } synchronizationContext && synchronizationContext.GetType() != typeof(SynchronizationContext))
                {
                    _schedulingContext = synchronizationContext;
                }
                else if (TaskScheduler.Current != TaskScheduler.Default)
                {
                    _schedulingContext = TaskScheduler.Current;
                }
            }
        }

        public bool IsSet => _continuation is not null;

        public void Run()
        {
            switch (_schedulingContext)
            {
                case SynchronizationContext synchronizationContext:
                    synchronizationContext.Post(static s => ((ResultContinuation)s!).RunHere(), this);
                    break;
                case TaskScheduler scheduler:
                    _ = Task.Factory.StartNew(static s => ((ResultContinuation)s!).RunHere(), this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
                    break;
                default:
                    RunHere();
                    break;
            }
        }

        private void RunHere()
        {
            if (_executionContext is null)
            {
                _continuation(_state);
            }
            else
            {
                ExecutionContext.Run(_executionContext, static s => ((ResultContinuation)s!).Invoke(), this);
            }
        }

        private void Invoke() => _continuation(_state);
    }
}
