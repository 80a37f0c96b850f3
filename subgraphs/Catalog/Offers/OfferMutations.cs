using Graph.AspNetCore.Authorization;
using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Offers;

/// <summary>
/// Admin mutations of festival offers (seed 001). An offer changes the final price of what it covers, so its event
/// tags every product and category it covers, before and after the change.
/// </summary>
[MutationType]
public static class OfferMutations
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Adds a festival offer (admins only). Emits `catalog.changed` tagging what it covers.")]
    public static async Task<CreateOfferPayload> CreateOfferAsync(
        CreateOfferInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var categoryIds = input.CategoryIds?.Distinct().ToList() ?? [];
        var productIds = input.ProductIds?.Distinct().ToList() ?? [];
        var errors = new InputErrors();
        errors.Required("title", input.Title, CatalogLimits.NameLength);
        errors.MaxLength("description", input.Description, CatalogLimits.OfferDescriptionLength);
        errors.Percent("discountPercent", input.DiscountPercent);
        errors.Window("startsAt", input.StartsAt, "endsAt", input.EndsAt);
        await CheckTargetsAsync(errors, db, categoryIds, productIds, cancellationToken).ConfigureAwait(false);
        if (errors.Any)
        {
            return new CreateOfferPayload(null, errors.Errors);
        }

        var now = clock.GetUtcNow();
        var offer = new Offer
        {
            Id = Guid.CreateVersion7(now),
            Title = input.Title.Trim(),
            Description = input.Description,
            DiscountPercent = input.DiscountPercent,
            StartsAt = input.StartsAt,
            EndsAt = input.EndsAt,
            CategoryIds = categoryIds,
            ProductIds = productIds,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Offers.Add(offer);
        await CatalogWrites.SaveWithEventAsync(db, "offer.created", Tags(offer), cancellationToken).ConfigureAwait(false);
        return new CreateOfferPayload(offer, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Changes a festival offer (admins only). Emits `catalog.changed` tagging what it covered and covers.")]
    public static async Task<UpdateOfferPayload> UpdateOfferAsync(
        UpdateOfferInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == input.Id, cancellationToken).ConfigureAwait(false);
        if (offer is null)
        {
            return new UpdateOfferPayload(null, [new NotFoundError("Offer", input.Id.ToString())]);
        }

        var before = Tags(offer).ToList();
        var categoryIds = input.CategoryIds?.Distinct().ToList() ?? offer.CategoryIds;
        var productIds = input.ProductIds?.Distinct().ToList() ?? offer.ProductIds;
        var errors = new InputErrors();
        if (input.Title is not null)
        {
            errors.Required("title", input.Title, CatalogLimits.NameLength);
        }

        errors.MaxLength("description", input.Description, CatalogLimits.OfferDescriptionLength);
        errors.Percent("discountPercent", input.DiscountPercent);
        errors.Window("startsAt", input.StartsAt ?? offer.StartsAt, "endsAt", input.EndsAt ?? offer.EndsAt);
        await CheckTargetsAsync(errors, db, categoryIds, productIds, cancellationToken).ConfigureAwait(false);
        if (errors.Any)
        {
            return new UpdateOfferPayload(null, errors.Errors);
        }

        offer.Title = input.Title?.Trim() ?? offer.Title;
        offer.Description = input.Description ?? offer.Description;
        offer.DiscountPercent = input.DiscountPercent ?? offer.DiscountPercent;
        offer.StartsAt = input.StartsAt ?? offer.StartsAt;
        offer.EndsAt = input.EndsAt ?? offer.EndsAt;
        offer.CategoryIds = categoryIds;
        offer.ProductIds = productIds;
        offer.UpdatedAt = clock.GetUtcNow();
        await CatalogWrites.SaveWithEventAsync(db, "offer.updated", before.Concat(Tags(offer)), cancellationToken).ConfigureAwait(false);
        return new UpdateOfferPayload(offer, []);
    }

    private static IEnumerable<string> Tags(Offer offer) =>
        offer.CategoryIds.Select(id => EntityTags.For(EntityTags.Category, id))
            .Concat(offer.ProductIds.Select(id => EntityTags.For(EntityTags.Product, id)));

    private static async Task CheckTargetsAsync(
        InputErrors errors, CatalogDb db, List<Guid> categoryIds, List<Guid> productIds, CancellationToken cancellationToken)
    {
        errors.IdList("categoryIds", categoryIds, CatalogLimits.OfferTargetCount);
        errors.IdList("productIds", productIds, CatalogLimits.OfferTargetCount);
        if (categoryIds.Count == 0 && productIds.Count == 0)
        {
            errors.Invalid("categoryIds", "An offer must cover at least one category or product.");
        }

        if (categoryIds.Count > CatalogLimits.OfferTargetCount || productIds.Count > CatalogLimits.OfferTargetCount)
        {
            return;
        }

        var knownCategories = await db.Categories.Where(c => categoryIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var missing in categoryIds.Except(knownCategories))
        {
            errors.Add(new NotFoundError("Category", missing.ToString()));
        }

        var knownProducts = await db.Products.Where(p => productIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var missing in productIds.Except(knownProducts))
        {
            errors.Add(new NotFoundError("Product", missing.ToString()));
        }
    }
}
