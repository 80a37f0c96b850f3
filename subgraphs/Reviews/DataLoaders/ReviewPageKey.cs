using Graph.Data;
using Graph.Reviews.Domain;

namespace Graph.Reviews.DataLoaders;

/// <summary>
/// One page of one owner's (a product's or an author's) reviews, as a DataLoader key: the pages asked in one execution
/// step with the same ordering, size and cursor are one SQL query whatever the number of owners.
/// <paramref name="IncludeTotalCount"/> (set when the request selects <c>totalCount</c>) is part of the key, so the
/// DataLoader's cache never answers a caller that wants the total with a page loaded without it.
/// </summary>
public sealed record ReviewPageKey(Guid OwnerId, ReviewOrder Order, int? First, string? After, bool IncludeHidden, bool IncludeTotalCount)
{
    /// <summary>
    /// The validated paging arguments (<c>PAGING_*</c> errors; a cursor of another ordering is
    /// <c>PAGING_INVALID_CURSOR</c>); resolvers call it before loading so the error stays on their field.
    /// </summary>
    public PageRequest Validate()
    {
        var page = new PagingArguments(First, After) { MaxPageSize = ReviewLimits.MaxPageSize, DefaultPageSize = ReviewLimits.DefaultPageSize }.Validate();
        page.After?.Match(ReviewOrdering.For(Order).KeyTypes, "after");
        return page;
    }
}
