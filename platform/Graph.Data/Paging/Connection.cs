using Graph.Types;

namespace Graph.Data;

/// <summary>
/// A Relay cursor connection (https://relay.dev/graphql/connections.htm): one page of a list that can grow, its edges
/// with cursors, and where the page sits in the whole list. Code-first names <c>Connection&lt;Product&gt;</c>
/// <c>ProductConnection</c>. Build it with <see cref="QueryableConnectionExtensions"/> (EF Core) or
/// <see cref="Connection.Create"/> (rows fetched any other way).
/// </summary>
[GraphQLDescription("One page of a list, read with cursors: the items of the page, their cursors, and whether the list continues on either side.")]
public sealed class Connection<T>
{
    /// <summary>A page with the given edges; <paramref name="totalCount"/> null when it was not computed.</summary>
    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(pageInfo);
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
        Nodes = new NodeList(edges);
    }

    /// <summary>The items of the page with their cursors, in list order.</summary>
    [GraphQLDescription("The items of this page, each with the cursor that marks its position, in list order.")]
    public IReadOnlyList<Edge<T>> Edges { get; }

    /// <summary>The items of the page without cursors (a shortcut to <c>edges { node }</c>).</summary>
    [GraphQLDescription("The items of this page in list order, for clients that need no cursor per item.")]
    [NonNullItem]
    public IReadOnlyList<T> Nodes { get; }

    /// <summary>Where the page sits in the list.</summary>
    [GraphQLDescription("Where this page sits in the whole list: its first and last cursors and whether more items exist before or after it.")]
    public PageInfo PageInfo { get; }

    /// <summary>How many items the whole list has, ignoring paging; null when the resolver did not count it (<see cref="PagingArguments.IncludeTotalCount"/>).</summary>
    [GraphQLDescription("How many items the whole list holds, regardless of paging. Counted only when selected: one more query, so ask for it only where it is shown.")]
    public int? TotalCount { get; }

    // Nodes without copying: the edges already hold them.
    private sealed class NodeList(IReadOnlyList<Edge<T>> edges) : IReadOnlyList<T>
    {
        public T this[int index] => edges[index].Node;

        public int Count => edges.Count;

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var edge in edges)
            {
                yield return edge.Node;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
