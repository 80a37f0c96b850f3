using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Data;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Categories;

/// <summary>The resolved fields of <see cref="Category"/>: its place in the tree and its products and coupons.</summary>
[ObjectType<Category>]
public static class CategoryNode
{
    [GraphQLDescription("The parent category; null for a root category.")]
    public static async Task<Category?> GetParentAsync([Parent] Category category, CategoryByIdLoader categoryById, CancellationToken cancellationToken) =>
        category.ParentId is { } parentId ? await categoryById.LoadAsync(parentId, cancellationToken).ConfigureAwait(false) : null;

    [GraphQLDescription("The direct subcategories, by name.")]
    public static Task<Category[]> GetChildrenAsync([Parent] Category category, CategoryChildrenLoader children, CancellationToken cancellationToken) =>
        children.LoadAsync(category.Id, cancellationToken);

    [GraphQLDescription("The products directly in this category (not its subcategories; `searchProducts` with `categoryId` includes them), by name. At most 50 per page.")]
    public static async Task<Connection<Product>> GetProductsAsync(
        [Parent] Category category,
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
            .Where(p => p.CategoryId == category.Id)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken)
            .ConfigureAwait(false);
    }

    [GraphQLDescription("The coupons directly in this category, by id. At most 50 per page.")]
    public static async Task<Connection<Coupon>> GetCouponsAsync(
        [Parent] Category category,
        IDbContextFactory<CatalogDb> dbFactory,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n coupons after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the coupons after it.")] string? after = null,
        [GraphQLDescription("Returns the last n coupons before `before`.")] int? last = null,
        [GraphQLDescription("A cursor: returns the coupons before it.")] string? before = null)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Coupons.AsNoTracking()
            .Where(c => c.CategoryId == category.Id)
            .OrderBy(c => c.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken)
            .ConfigureAwait(false);
    }
}
