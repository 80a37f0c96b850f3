using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Categories;
using Graph.Catalog.Infrastructure;
using Graph.Data;
using Graph.Types;
using Graph.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Coupons;

/// <summary>Coupon lookups and lists (seed 000: "viewing coupons by category").</summary>
[QueryType]
public static class CouponQueries
{
    [Lookup]
    [GraphQLDescription("The coupon with this id, or null.")]
    public static Task<Coupon?> GetCouponByIdAsync(
        [ID] [GraphQLDescription("The coupon's id.")] Guid id, CouponByIdLoader couponById, CancellationToken cancellationToken) =>
        couponById.LoadAsync(id, cancellationToken)!;

    [GraphQLDescription("The coupons of a category and its subcategories, soonest to expire first. At most 50 per page.")]
    public static async Task<Connection<Coupon>> GetCouponsByCategoryAsync(
        [ID] [GraphQLDescription("The category's id.")] Guid categoryId,
        IDbContextFactory<CatalogDb> dbFactory,
        IResolverContext context,
        CancellationToken cancellationToken,
        [GraphQLDescription("Returns the first n coupons after `after`.")] int? first = null,
        [GraphQLDescription("A cursor: returns the coupons after it.")] string? after = null,
        [GraphQLDescription("Returns the last n coupons before `before`.")] int? last = null,
        [GraphQLDescription("A cursor: returns the coupons before it.")] string? before = null)
    {
        await using var db = dbFactory.CreateDbContext();
        var subtree = CategoryTree.SubtreeIds(db, categoryId);
        return await db.Coupons.AsNoTracking()
            .Where(c => subtree.Contains(c.CategoryId))
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken)
            .ConfigureAwait(false);
    }

    [GraphQLDescription("All coupons, soonest to expire first. At most 50 per page.")]
    public static async Task<Connection<Coupon>> GetCouponsAsync(
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
            .OrderBy(c => c.ValidUntil).ThenBy(c => c.Id)
            .ToConnectionAsync(new PagingArguments(first, after, last, before) { IncludeTotalCount = context.IsSelected("totalCount") }, cancellationToken)
            .ConfigureAwait(false);
    }
}
