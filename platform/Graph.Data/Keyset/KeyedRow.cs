namespace Graph.Data;

/// <summary>A fetched item with its ordering keys' values, read in the same query so its cursor needs no second look.</summary>
internal sealed class KeyedRow<T>
{
    public T Node { get; set; } = default!;

    public object?[] Keys { get; set; } = [];
}
