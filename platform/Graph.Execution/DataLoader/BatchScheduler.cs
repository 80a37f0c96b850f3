namespace Graph.Execution.DataLoader;

/// <summary>A batch that can be dispatched: a DataLoader with keys waiting.</summary>
public interface IBatchDispatchable
{
    /// <summary>Starts loading the keys collected so far; they complete their promises when the batch returns.</summary>
    void Dispatch();
}

/// <summary>Decides when DataLoader batches run (HotChocolate's <c>IBatchScheduler</c>).</summary>
public interface IBatchScheduler
{
    /// <summary>Registers a loader that has keys waiting; it is dispatched once the executor's work quiesces.</summary>
    void Schedule(IBatchDispatchable batch);

    /// <summary>Marks the start of work that may add keys (the executor running, a batch completing its promises).</summary>
    void Enter();

    /// <summary>Marks the end of such work; when none is left, scheduled batches are dispatched.</summary>
    void Leave();
}

/// <summary>
/// Dispatches batches when the work that can still add keys has quiesced: the executor counts each running
/// strand of resolver work (<see cref="Enter"/>/<see cref="Leave"/>); when the count drops to zero every resolver
/// is waiting, so all keys of this execution step are known and each loader's batch runs once. A key scheduled
/// from outside executor work (a resolver continuing on its own after unrelated I/O) is dispatched on the thread pool.
/// One instance serves one request.
/// </summary>
public sealed class BatchScheduler : IBatchScheduler
{
    private readonly object _gate = new();
    private readonly List<IBatchDispatchable> _scheduled = [];
    private int _active;
    private bool _dispatching;
    private bool _queued;

    public void Schedule(IBatchDispatchable batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        bool queue;
        lock (_gate)
        {
            _scheduled.Add(batch);
            queue = Volatile.Read(ref _active) == 0 && !_dispatching && !_queued;
            _queued |= queue;
        }

        if (queue)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static self => self.DispatchQueued(), this, preferLocal: false);
        }
    }

    // Enter and Leave run several times per field: the count is kept with interlocked operations, and the lock is
    // taken only when it drops to zero (the moment batches may have to be dispatched).
    public void Enter() => Interlocked.Increment(ref _active);

    public void Leave()
    {
        if (Interlocked.Decrement(ref _active) > 0)
        {
            return;
        }

        lock (_gate)
        {
            if (Volatile.Read(ref _active) > 0 || _dispatching || _scheduled.Count == 0)
            {
                return;
            }

            _dispatching = true;
        }

        DispatchLoop();
    }

    private void DispatchQueued()
    {
        lock (_gate)
        {
            _queued = false;
            if (Volatile.Read(ref _active) > 0 || _dispatching || _scheduled.Count == 0)
            {
                return;
            }

            _dispatching = true;
        }

        DispatchLoop();
    }

    // Batches completing synchronously add keys of the next step while we hold _dispatching; loop until none is left.
    private void DispatchLoop()
    {
        while (true)
        {
            IBatchDispatchable[] batches;
            lock (_gate)
            {
                if (_scheduled.Count == 0 || Volatile.Read(ref _active) > 0)
                {
                    _dispatching = false;
                    return;
                }

                batches = [.. _scheduled];
                _scheduled.Clear();
                Interlocked.Increment(ref _active);
            }

            try
            {
                foreach (var batch in batches)
                {
                    batch.Dispatch();
                }
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }
    }
}
