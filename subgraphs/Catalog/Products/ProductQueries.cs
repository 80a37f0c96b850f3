using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Search;
using Graph.Data;
using Graph.Execution;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Products;

/// <summary>Product lookups (for the gateway and clients), the product list and the search.</summary>
[QueryType]
public static class ProductQueries
{
    /// <summary>The longest search text accepted; a search box needs far less, and the parser's work grows with it.</summary>
    public const int MaxSearchTextLength = 200;

    [Lookup]
    [GraphQLDescription("The product with this id, or null. Read through the entity cache.")]
    public static Task<Product?> GetProductByIdAsync(
        [ID] [GraphQLDescription("The product's id.")] Guid id, ProductByIdLoader productById, CancellationToken cancellationToken) =>
        productById.LoadAsync(id, cancellationToken)!;

    [Lookup]
    [GraphQLDescription("The product with this SKU (case-insensitive), or null.")]
    public static async Task<Product?> GetProductBySkuAsync(
        [GraphQLDescription("The stock keeping unit.")] string sku,
        ProductBySkuLoader productBySku,
        CancellationToken cancellationToken)
    {
        if (sku.Length > Validation.CatalogLimits.SkuLength)
        {
            return null;
        }

        return await productBySku.LoadAsync(sku, cancellationToken).ConfigureAwait(false);
    }

    [GraphQLDescription("All products, newest first. At most 50 per page.")]
    public static async Task<Connection<Product>> GetProductsAsync(
        IDbContextFactory<CatalogDb> dbFactory,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n products after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the products after it.")] string? after = null,
        [GraphQLDescription("Returns the last n products before `before`.")] int? last = null,
        [GraphQLDescription("A cursor: returns the products before it.")] string? before = null)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Products.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken)
            .ConfigureAwait(false);
    }

    [GraphQLDescription("Searches products by text (PostgreSQL full-text search: words, \"quoted phrases\", -exclusions, OR), filters and orders them, in pages of at most 50. Paging is by keyset: products added while paging are neither repeated nor cause others to be skipped.")]
    public static async Task<Connection<Product>> SearchProductsAsync(
        IDbContextFactory<CatalogDb> dbFactory,
        ProductByIdLoader productById,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Words to look for in name, brand and description (English stemming: `lamps` finds `lamp`; text made only of stop words such as `the` finds nothing); empty or absent: no text condition. At most 200 characters.")] string? text = null,
        [GraphQLDescription("Conditions every result meets.")] ProductFilterInput? filter = null,
        [GraphQLDescription("The order of the results; RELEVANCE without `text` is NEWEST.")] ProductSearchOrder order = ProductSearchOrder.Relevance,
        [GraphQLDescription("Returns the first n products after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the products after it.")] string? after = null,
        [GraphQLDescription("Returns the last n products before `before`.")] int? last = null,
        [GraphQLDescription("A cursor: returns the products before it.")] string? before = null)
    {
        if (text is { Length: > MaxSearchTextLength })
        {
            throw new GraphQLException($"`text` must be at most {MaxSearchTextLength} characters; got {text.Length}.", "SEARCH_TEXT_TOO_LONG");
        }

        if (filter?.Brand is { Length: > Validation.CatalogLimits.BrandLength })
        {
            throw new GraphQLException($"`filter.brand` must be at most {Validation.CatalogLimits.BrandLength} characters.", "SEARCH_FILTER_INVALID");
        }

        if (filter is { PriceMin: { } min, PriceMax: { } max } && min > max)
        {
            throw new GraphQLException($"`filter.priceMin` ({min}) must not exceed `filter.priceMax` ({max}).", "SEARCH_FILTER_INVALID");
        }

        var page = new PagingArguments(first, after, last, before).Validate();
        var effectiveOrder = ProductSearch.EffectiveOrder(text, order);
        var filters = filter ?? new ProductFilterInput();
        IReadOnlyList<SearchHit> hits;
        int? totalCount = null;
        await using (var db = dbFactory.CreateDbContext())
        {
            hits = await ProductSearch.SearchAsync(db, new ProductSearchQuery(text, filters, order, page), cancellationToken)
                .ConfigureAwait(false);

            // HotChocolate's rule: the whole list is counted only when the request selects totalCount.
            if (context.IsSelected("totalCount"))
            {
                totalCount = await ProductSearch.CountAsync(db, text, filters, cancellationToken).ConfigureAwait(false);
            }
        }

        // The products come through the cache; one deleted since the search ran is left out.
        var products = await Task.WhenAll(hits.Select(h => productById.LoadAsync(h.Id, cancellationToken))).ConfigureAwait(false);
        var cursors = hits.ToDictionary(h => h.Id, h => ProductSearch.CursorOf(effectiveOrder, h));
        var rows = products.Where(p => p is not null).ToList();
        return Connection.Create(page, rows, p => cursors[p.Id], totalCount);
    }
}
