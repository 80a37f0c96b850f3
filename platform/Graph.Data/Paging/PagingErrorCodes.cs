using Graph.Execution;

namespace Graph.Data;

/// <summary>
/// The stable <c>extensions.code</c> values of paging errors. Clients may switch on them; they never change meaning.
/// </summary>
public static class PagingErrorCodes
{
    /// <summary><c>first</c> and <c>last</c> were both given; a page is read in one direction.</summary>
    public const string FirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary><c>first</c> or <c>last</c> is negative.</summary>
    public const string NegativeCount = "PAGING_NEGATIVE_COUNT";

    /// <summary><c>first</c> or <c>last</c> is above the field's maximum page size (<c>extensions.maxPageSize</c>).</summary>
    public const string PageSizeExceeded = "PAGING_PAGE_SIZE_EXCEEDED";

    /// <summary><c>after</c> or <c>before</c> is not a cursor this connection handed out.</summary>
    public const string InvalidCursor = "PAGING_INVALID_CURSOR";

    internal static GraphQLException InvalidCursorError(string argument, string reason) =>
        new($"The `{argument}` argument is not a valid cursor: {reason}. Use a cursor returned by this field.", InvalidCursor,
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["argument"] = argument });
}
