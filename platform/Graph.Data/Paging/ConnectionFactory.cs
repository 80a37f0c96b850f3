namespace Graph.Data;

/// <summary>Builds a <see cref="Connection{T}"/> from rows fetched for a <see cref="PageRequest"/>, by EF Core or by raw SQL.</summary>
public static class Connection
{
    /// <summary>
    /// The connection of <paramref name="rows"/>: the rows fetched for <paramref name="page"/> in fetch order (reversed
    /// order when <see cref="PageRequest.IsBackward"/>), up to <see cref="PageRequest.FetchCount"/> of them.
    /// <paramref name="cursorOf"/> gives each item's cursor, usually <c>CursorKeys.Encode(row.Key1, row.Key2)</c>.
    /// </summary>
    public static Connection<T> Create<T>(PageRequest page, IReadOnlyList<T> rows, Func<T, string> cursorOf, int? totalCount = null) =>
        Create(page, rows, static row => row, cursorOf, totalCount);

    /// <summary>As <see cref="Create{T}(PageRequest, IReadOnlyList{T}, Func{T, string}, int?)"/>, each row turned into its item by <paramref name="nodeOf"/>.</summary>
    public static Connection<T> Create<TRow, T>(
        PageRequest page, IReadOnlyList<TRow> rows, Func<TRow, T> nodeOf, Func<TRow, string> cursorOf, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(nodeOf);
        ArgumentNullException.ThrowIfNull(cursorOf);
        if (rows.Count > page.FetchCount)
        {
            throw new ArgumentException($"At most {page.FetchCount} rows belong to this page; {rows.Count} were given.", nameof(rows));
        }

        var hasMore = rows.Count > page.PageSize;
        var count = Math.Min(rows.Count, page.PageSize);
        var edges = new Edge<T>[count];
        for (var i = 0; i < count; i++)
        {
            // Backward pages are fetched nearest-to-`before` first; the connection lists them in the field's order.
            var row = rows[page.IsBackward ? count - 1 - i : i];
            edges[i] = new Edge<T>(nodeOf(row), cursorOf(row));
        }

        var pageInfo = new PageInfo(
            HasNextPage: page.IsBackward ? page.Before is not null : hasMore,
            HasPreviousPage: page.IsBackward ? hasMore : page.After is not null,
            StartCursor: count > 0 ? edges[0].Cursor : null,
            EndCursor: count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, totalCount);
    }
}
