namespace Graph.Benchmarks.Gateway;

/// <summary>One operation of the query mix, and whether the owning subgraph alone can answer it (the overhead baseline).</summary>
internal sealed record GatewayQuery(string Name, string Description, string Document, string? DirectSubgraph);

/// <summary>
/// The query mix: a storefront's product page read in three shapes, from one subgraph to three with batched entity
/// lookups. The demo data is deterministic (Catalog's SKUs, Reviews' 40 reviewed products), so every run asks the same.
/// </summary>
internal static class GatewayQueries
{
    public static readonly IReadOnlyList<GatewayQuery> All =
    [
        new(
            "product",
            "one subgraph (Catalog): a product by SKU with its price",
            """query Product { productBySku(sku: "LAP-LUM-AIR13") { id name brand price { amount currency } finalPrice { amount currency } } }""",
            "catalog"),
        new(
            "product-page",
            "three subgraphs: the product (Catalog), its rating and three reviews (Reviews), each author's name (Users)",
            """query ProductPage { productBySku(sku: "LAP-LUM-AIR13") { name price { amount currency } ratingSummary { average count } reviews(first: 3) { nodes { rating title author { displayName } } } } }""",
            null),
        new(
            "product-list",
            "two subgraphs, batched: 20 products (Catalog) with their rating summaries (Reviews, one batched lookup)",
            """query ProductList { products(first: 20) { nodes { sku name ratingSummary { average count } } } }""",
            null),
    ];
}
