using Graph.AspNetCore.Authorization;
using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Inventory;

/// <summary>Admin stock changes (seed 002: inventory control).</summary>
[MutationType]
public static class InventoryMutations
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Sets the units on hand of a product or coupon (admins only). Emits `catalog.changed`.")]
    public static async Task<AdjustInventoryPayload> AdjustInventoryAsync(
        AdjustInventoryInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if ((input.ProductId is null) == (input.CouponId is null))
        {
            errors.Invalid("productId", "Give exactly one of `productId` and `couponId`.");
        }

        errors.Stock("onHand", input.OnHand);
        if (errors.Any)
        {
            return Failed(errors.Errors);
        }

        var now = clock.GetUtcNow();
        if (input.ProductId is { } productId)
        {
            var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken).ConfigureAwait(false);
            if (product is null)
            {
                return Failed([new NotFoundError("Product", productId.ToString())]);
            }

            var stock = await db.ProductInventory.FirstOrDefaultAsync(i => i.ProductId == productId, cancellationToken).ConfigureAwait(false);
            if (stock is null)
            {
                stock = new ProductInventory { ProductId = productId };
                db.ProductInventory.Add(stock);
            }

            if (input.OnHand < stock.Reserved)
            {
                return Failed([new StockBelowReservedError(input.OnHand, stock.Reserved)]);
            }

            stock.OnHand = input.OnHand;
            stock.UpdatedAt = now;
            if (!await TrySaveAsync(db, EntityTags.For(EntityTags.Product, productId), cancellationToken).ConfigureAwait(false))
            {
                return Failed([new StockBelowReservedError(input.OnHand, await ReservedNowAsync(db, productId, cancellationToken).ConfigureAwait(false))]);
            }

            return new AdjustInventoryPayload(new StockLevel(stock.OnHand, stock.Reserved), product, null, []);
        }

        var couponId = input.CouponId!.Value;
        var coupon = await db.Coupons.AsNoTracking().FirstOrDefaultAsync(c => c.Id == couponId, cancellationToken).ConfigureAwait(false);
        if (coupon is null)
        {
            return Failed([new NotFoundError("Coupon", couponId.ToString())]);
        }

        var couponStock = await db.CouponInventory.FirstOrDefaultAsync(i => i.CouponId == couponId, cancellationToken).ConfigureAwait(false);
        if (couponStock is null)
        {
            couponStock = new CouponInventory { CouponId = couponId };
            db.CouponInventory.Add(couponStock);
        }

        if (input.OnHand < couponStock.Reserved)
        {
            return Failed([new StockBelowReservedError(input.OnHand, couponStock.Reserved)]);
        }

        couponStock.OnHand = input.OnHand;
        couponStock.UpdatedAt = now;
        if (!await TrySaveAsync(db, EntityTags.For(EntityTags.Coupon, couponId), cancellationToken).ConfigureAwait(false))
        {
            return Failed([new StockBelowReservedError(input.OnHand, couponStock.Reserved)]);
        }

        return new AdjustInventoryPayload(new StockLevel(couponStock.OnHand, couponStock.Reserved), null, coupon, []);
    }

    /// <summary>
    /// Saves the new stock with its event. A reservation committed between the read and this write can make
    /// <c>reserved &lt;= on_hand</c> fail: the CHECK constraint is the arbiter, and the caller reports it.
    /// </summary>
    private static async Task<bool> TrySaveAsync(CatalogDb db, string tag, CancellationToken cancellationToken)
    {
        try
        {
            await CatalogWrites.SaveWithEventAsync(db, "inventory.adjusted", [tag], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CheckViolation })
        {
            return false;
        }
    }

    private static Task<int> ReservedNowAsync(CatalogDb db, Guid productId, CancellationToken cancellationToken) =>
        db.ProductInventory.AsNoTracking().Where(i => i.ProductId == productId).Select(i => i.Reserved).FirstOrDefaultAsync(cancellationToken);

    private static AdjustInventoryPayload Failed(IReadOnlyList<IError> errors) => new(null, null, null, errors);
}
