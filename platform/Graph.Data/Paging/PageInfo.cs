using Graph.Types;

namespace Graph.Data;

/// <summary>
/// Where a page sits in its list (Relay "PageInfo"). The side the client pages towards is exact (one extra row is
/// fetched); the side it came from is answered cheaply: paging forward, <see cref="HasPreviousPage"/> is true when
/// <c>after</c> was given (the row it points at precedes the page); paging backward, <see cref="HasNextPage"/> is true
/// when <c>before</c> was given. The Relay spec allows this ("if the server can efficiently determine").
/// </summary>
[GraphQLDescription("Where a page sits in its list, and the cursors to continue from either end of it.")]
[Shareable]
public sealed record PageInfo(
    [property: GraphQLDescription("Whether items follow this page. Exact when paging forward with `first`; when paging backward, true if `before` was given.")]
    bool HasNextPage,
    [property: GraphQLDescription("Whether items precede this page. Exact when paging backward with `last`; when paging forward, true if `after` was given.")]
    bool HasPreviousPage,
    [property: GraphQLDescription("The cursor of the first item of this page; null when the page is empty.")]
    string? StartCursor,
    [property: GraphQLDescription("The cursor of the last item of this page; null when the page is empty.")]
    string? EndCursor);
