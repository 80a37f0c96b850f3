using Graph.AspNetCore.Authorization;
using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Products;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Coupons;

/// <summary>Admin mutations of coupons (seed 000).</summary>
[MutationType]
public static class CouponMutations
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Adds a coupon with the quantity for sale (admins only). Emits `catalog.changed`.")]
    public static async Task<CreateCouponPayload> CreateCouponAsync(
        CreateCouponInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.Required("title", input.Title, CatalogLimits.NameLength);
        errors.Required("company", input.Company, CatalogLimits.CompanyLength);
        errors.Money("price", input.Price);
        errors.Percent("discountPercent", input.DiscountPercent);
        errors.Window("validFrom", input.ValidFrom, "validUntil", input.ValidUntil);
        errors.MaxLength("terms", input.Terms, CatalogLimits.TermsLength);
        errors.Stock("quantity", input.Quantity);
        await ProductChecks.CategoryExistsAsync(errors, db, input.CategoryId, cancellationToken).ConfigureAwait(false);
        if (errors.Any)
        {
            return new CreateCouponPayload(null, errors.Errors);
        }

        var now = clock.GetUtcNow();
        var coupon = new Coupon
        {
            Id = Guid.CreateVersion7(now),
            Title = input.Title.Trim(),
            Company = input.Company.Trim(),
            CategoryId = input.CategoryId,
            PriceAmount = input.Price.Amount,
            PriceCurrency = input.Price.Currency,
            DiscountPercent = input.DiscountPercent,
            ValidFrom = input.ValidFrom,
            ValidUntil = input.ValidUntil,
            Terms = input.Terms,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Coupons.Add(coupon);
        db.CouponInventory.Add(new CouponInventory { CouponId = coupon.Id, OnHand = input.Quantity, UpdatedAt = now });
        await CatalogWrites.SaveWithEventAsync(db, "coupon.created", [EntityTags.For(EntityTags.Coupon, coupon.Id)], cancellationToken).ConfigureAwait(false);
        return new CreateCouponPayload(coupon, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Changes a coupon (admins only); absent fields keep their value. Emits `catalog.changed`.")]
    public static async Task<UpdateCouponPayload> UpdateCouponAsync(
        UpdateCouponInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var coupon = await db.Coupons.FirstOrDefaultAsync(c => c.Id == input.Id, cancellationToken).ConfigureAwait(false);
        if (coupon is null)
        {
            return new UpdateCouponPayload(null, [new NotFoundError("Coupon", input.Id.ToString())]);
        }

        var errors = new InputErrors();
        if (input.Title is not null)
        {
            errors.Required("title", input.Title, CatalogLimits.NameLength);
        }

        if (input.Company is not null)
        {
            errors.Required("company", input.Company, CatalogLimits.CompanyLength);
        }

        errors.Money("price", input.Price);
        errors.Percent("discountPercent", input.DiscountPercent);
        errors.Window("validFrom", input.ValidFrom ?? coupon.ValidFrom, "validUntil", input.ValidUntil ?? coupon.ValidUntil);
        errors.MaxLength("terms", input.Terms, CatalogLimits.TermsLength);
        if (input.CategoryId is { } categoryId)
        {
            await ProductChecks.CategoryExistsAsync(errors, db, categoryId, cancellationToken).ConfigureAwait(false);
        }

        if (errors.Any)
        {
            return new UpdateCouponPayload(null, errors.Errors);
        }

        coupon.Title = input.Title?.Trim() ?? coupon.Title;
        coupon.Company = input.Company?.Trim() ?? coupon.Company;
        coupon.CategoryId = input.CategoryId ?? coupon.CategoryId;
        if (input.Price is not null)
        {
            coupon.PriceAmount = input.Price.Amount;
            coupon.PriceCurrency = input.Price.Currency;
        }

        coupon.DiscountPercent = input.DiscountPercent ?? coupon.DiscountPercent;
        coupon.ValidFrom = input.ValidFrom ?? coupon.ValidFrom;
        coupon.ValidUntil = input.ValidUntil ?? coupon.ValidUntil;
        coupon.Terms = input.Terms ?? coupon.Terms;
        coupon.UpdatedAt = clock.GetUtcNow();
        await CatalogWrites.SaveWithEventAsync(db, "coupon.updated", [EntityTags.For(EntityTags.Coupon, coupon.Id)], cancellationToken).ConfigureAwait(false);
        return new UpdateCouponPayload(coupon, []);
    }
}
