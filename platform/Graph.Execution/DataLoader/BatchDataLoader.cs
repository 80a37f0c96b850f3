namespace Graph.Execution.DataLoader;

/// <summary>
/// A DataLoader that fetches a batch of keys as a dictionary (HotChocolate's <c>BatchDataLoader</c>): one call of
/// <see cref="LoadBatchAsync"/> per execution step, whatever the number of resolvers asking. Missing keys yield default.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async ValueTask CompleteBatchAsync(IReadOnlyList<TKey> keys, Action<int, TValue> setResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(setResult);
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            if (values.TryGetValue(keys[i], out var value))
            {
                setResult(i, value);
            }
        }
    }
}

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> from a delegate (HotChocolate's <c>context.BatchDataLoader(...)</c>).</summary>
public sealed class FuncBatchDataLoader<TKey, TValue>(
    IBatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    DataLoaderOptions? options = null) : BatchDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}

/// <summary>
/// A DataLoader for one-to-many lookups (HotChocolate's <c>GroupDataLoader</c>): each key yields every value of its
/// group (an empty array when none).
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    protected sealed override async ValueTask CompleteBatchAsync(IReadOnlyList<TKey> keys, Action<int, TValue[]> setResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(setResult);
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            setResult(i, groups[keys[i]].ToArray());
        }
    }
}

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> from a delegate.</summary>
public sealed class FuncGroupedDataLoader<TKey, TValue>(
    IBatchScheduler scheduler,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    DataLoaderOptions? options = null) : GroupedDataLoader<TKey, TValue>(scheduler, options)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, cancellationToken);
}
