using Graph.Types;

namespace Graph.Catalog.Search;

/// <summary>Filters of <c>searchProducts</c>; every given filter must hold.</summary>
[GraphQLDescription("Filters of `searchProducts`; all given filters must hold.")]
public sealed record ProductFilterInput(
    [ID]
    [GraphQLDescription("Only products in this category or any of its subcategories.")]
    Guid? CategoryId = null,
    [GraphQLDescription("Only products of this brand (case-insensitive, exact).")]
    string? Brand = null,
    [GraphQLDescription("Only products whose list price is at least this amount (in the product's currency; the catalog prices in USD).")]
    decimal? PriceMin = null,
    [GraphQLDescription("Only products whose list price is at most this amount (in the product's currency).")]
    decimal? PriceMax = null,
    [GraphQLDescription("`true`: only products with stock available; `false`: only products without.")]
    bool? InStock = null);
