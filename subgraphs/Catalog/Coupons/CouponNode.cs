using Graph.Catalog.DataLoaders;
using Graph.Catalog.Domain;
using Graph.Catalog.Inventory;
using Graph.Types;

namespace Graph.Catalog.Coupons;

/// <summary>The resolved fields of <see cref="Coupon"/>.</summary>
[ObjectType<Coupon>]
public static class CouponNode
{
    [GraphQLDescription("What a buyer pays for the coupon.")]
    public static Money GetPrice([Parent] Coupon coupon) => coupon.Price;

    [GraphQLDescription("The category the coupon is listed in.")]
    public static Task<Category> GetCategoryAsync([Parent] Coupon coupon, CategoryByIdLoader categoryById, CancellationToken cancellationToken) =>
        categoryById.LoadAsync(coupon.CategoryId, cancellationToken);

    [GraphQLDescription("How many coupons are left: `available` of them can be bought now.")]
    public static async Task<StockLevel> GetInventoryAsync([Parent] Coupon coupon, CouponInventoryLoader inventory, CancellationToken cancellationToken) =>
        await inventory.LoadAsync(coupon.Id, cancellationToken).ConfigureAwait(false) is { } row
            ? new StockLevel(row.OnHand, row.Reserved)
            : StockLevel.None;
}
