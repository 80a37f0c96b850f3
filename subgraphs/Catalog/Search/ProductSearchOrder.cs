using Graph.Types;

namespace Graph.Catalog.Search;

/// <summary>The orders of <c>searchProducts</c>; every order ends with the product id so keyset paging is total.</summary>
[GraphQLDescription("How `searchProducts` orders its results.")]
public enum ProductSearchOrder
{
    [GraphQLDescription("Best text match first (name counts more than brand, brand more than description); without `text`, `NEWEST`.")]
    Relevance,

    [GraphQLDescription("Cheapest list price first.")]
    PriceAsc,

    [GraphQLDescription("Most expensive list price first.")]
    PriceDesc,

    [GraphQLDescription("Most recently added first.")]
    Newest,

    [GraphQLDescription("By name, A to Z.")]
    Name,
}
