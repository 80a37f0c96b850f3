namespace Graph.Data;

/// <summary>
/// Validated paging arguments: how many rows the page holds, which way it is read, and the decoded cursors.
/// A resolver paging raw SQL reads one page as: the rows strictly after <see cref="After"/> and strictly before
/// <see cref="Before"/> in the field's order, <see cref="FetchCount"/> of them, starting from the end when
/// <see cref="IsBackward"/> (order reversed); then <see cref="Connection.Create"/> builds the connection.
/// </summary>
/// <param name="PageSize">The number of items the page holds at most (<c>first</c>, <c>last</c> or the default; may be 0).</param>
/// <param name="IsBackward">True for <c>last</c> (or <c>before</c> alone): the page ends at <see cref="Before"/> (or the end of the list).</param>
/// <param name="After">Items come strictly after this position; null to start at the beginning.</param>
/// <param name="Before">Items come strictly before this position; null to run to the end.</param>
public sealed record PageRequest(int PageSize, bool IsBackward, CursorKeys? After, CursorKeys? Before)
{
    /// <summary>Rows to fetch: one more than the page, so the extra row tells whether the list continues.</summary>
    public int FetchCount => PageSize + 1;
}
