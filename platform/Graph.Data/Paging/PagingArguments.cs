using Graph.Execution;

namespace Graph.Data;

/// <summary>
/// The Relay connection arguments of a field (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>), as the resolver
/// receives them, with the field's page size limits. <see cref="Validate"/> checks them and decodes the cursors;
/// <see cref="QueryableConnectionExtensions.ToConnectionAsync{T}"/> calls it.
/// </summary>
/// <remarks>
/// With neither <c>first</c> nor <c>last</c>, <see cref="DefaultPageSize"/> applies: backward from <c>before</c> when only
/// <c>before</c> is given (the items just before it), otherwise forward.
/// </remarks>
public sealed record PagingArguments(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The largest <c>first</c> or <c>last</c> accepted (default 50). Set per field: <c>new PagingArguments(...) { MaxPageSize = 100 }</c>.</summary>
    public int MaxPageSize { get; init; } = 50;

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given (default 10, at most <see cref="MaxPageSize"/>).</summary>
    public int DefaultPageSize { get; init; } = 10;

    /// <summary>
    /// Whether the field also counts the whole list for <c>totalCount</c> (one <c>COUNT(*)</c> more). Set it from the
    /// request, as HotChocolate counts only when asked: <c>{ IncludeTotalCount = context.IsSelected("totalCount") }</c>.
    /// </summary>
    public bool IncludeTotalCount { get; init; }

    /// <summary>Checks the arguments against the Relay rules and this field's limits, and decodes the cursors.</summary>
    /// <exception cref="GraphQLException">
    /// Codes <c>PAGING_FIRST_AND_LAST</c>, <c>PAGING_NEGATIVE_COUNT</c>, <c>PAGING_PAGE_SIZE_EXCEEDED</c>,
    /// <c>PAGING_INVALID_CURSOR</c> (see <see cref="PagingErrorCodes"/>).
    /// </exception>
    /// <exception cref="InvalidOperationException">The limits themselves are inconsistent (a programming error).</exception>
    public PageRequest Validate()
    {
        // One row more than a page is fetched, so the maximum must leave room for it.
        if (MaxPageSize is < 1 or int.MaxValue || DefaultPageSize < 1 || DefaultPageSize > MaxPageSize)
        {
            throw new InvalidOperationException(
                $"Paging limits need 1 <= DefaultPageSize <= MaxPageSize < {int.MaxValue}; got DefaultPageSize {DefaultPageSize}, MaxPageSize {MaxPageSize}.");
        }

        if (First is not null && Last is not null)
        {
            // Relay allows both but discourages it ("strongly discouraged ... confusing"); one direction keeps pages simple.
            throw new GraphQLException("Give either `first` or `last`, not both: a page is read in one direction.", PagingErrorCodes.FirstAndLast);
        }

        CheckCount(First, "first");
        CheckCount(Last, "last");

        var after = After is null ? null : CursorKeys.Decode(After, "after");
        var before = Before is null ? null : CursorKeys.Decode(Before, "before");
        var backward = Last is not null || (First is null && Before is not null && After is null);
        var size = First ?? Last ?? DefaultPageSize;
        return new PageRequest(size, backward, after, before);
    }

    private void CheckCount(int? count, string argument)
    {
        if (count < 0)
        {
            throw new GraphQLException($"`{argument}` must not be negative; got {count}.", PagingErrorCodes.NegativeCount,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["argument"] = argument });
        }

        if (count > MaxPageSize)
        {
            throw new GraphQLException($"`{argument}` must be at most {MaxPageSize}; got {count}.", PagingErrorCodes.PageSizeExceeded,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["argument"] = argument, ["maxPageSize"] = MaxPageSize });
        }
    }
}
