namespace Graph.Fusion.Execution.Planning;

/// <summary>
/// Plans by the hash of the normalized document and the operation name; bounded (least recently used out) and
/// single-flight: concurrent requests for one document wait for one planning (a shared <see cref="Lazy{T}"/>).
/// </summary>
public sealed class PlanCache(int capacity)
{
    private readonly object _sync = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Lazy<QueryPlan> Plan)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Lazy<QueryPlan> Plan)> _order = new();
    private long _plannings;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many times a plan was built (a test observes single-flight planning with it).</summary>
    public long Plannings => Interlocked.Read(ref _plannings);

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public QueryPlan GetOrAdd(string hash, string? operationName, Func<QueryPlan> plan)
    {
        var key = hash + "/" + operationName;
        Lazy<QueryPlan> lazy;
        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                lazy = node.Value.Plan;
            }
            else
            {
                lazy = new Lazy<QueryPlan>(() =>
                {
                    Interlocked.Increment(ref _plannings);
                    return plan();
                }, LazyThreadSafetyMode.ExecutionAndPublication);
                _entries[key] = _order.AddFirst((key, lazy));
                while (_entries.Count > Capacity)
                {
                    _entries.Remove(_order.Last!.Value.Key);
                    _order.RemoveLast();
                }
            }
        }

        try
        {
            return lazy.Value;
        }
        catch
        {
            lock (_sync)
            {
                if (_entries.TryGetValue(key, out var failed) && failed.Value.Plan == lazy)
                {
                    _entries.Remove(key);
                    _order.Remove(failed);
                }
            }

            throw;
        }
    }
}
