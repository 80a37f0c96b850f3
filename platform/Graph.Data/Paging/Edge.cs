using Graph.Types;

namespace Graph.Data;

/// <summary>An item of a connection's page with its cursor (Relay "Edge Types"). Code-first names <c>Edge&lt;Product&gt;</c> <c>ProductEdge</c>.</summary>
[GraphQLDescription("An item of a page together with the cursor that marks its position in the list.")]
public sealed class Edge<T>(T node, string cursor)
{
    /// <summary>The opaque position of the item: pass it as <c>after</c> or <c>before</c> to continue from here.</summary>
    [GraphQLDescription("An opaque marker of this item's position: pass it as `after` or `before` to read the items that follow or precede it.")]
    public string Cursor { get; } = cursor;

    /// <summary>The item.</summary>
    [GraphQLDescription("The item at this position of the list.")]
    [NonNullItem]
    public T Node { get; } = node;
}
