using Graph.Data;

namespace Graph.Catalog.Search;

/// <summary>One page request of <see cref="ProductSearch"/>: the text, filters, order and the validated paging arguments.</summary>
public sealed record ProductSearchQuery(string? Text, ProductFilterInput Filter, ProductSearchOrder Order, PageRequest Page);

/// <summary>One result row: the product id and its sort key, in the order's CLR type (what its cursor carries).</summary>
public sealed record SearchHit(Guid Id, object SortKey);
