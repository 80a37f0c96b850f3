using Graph.AspNetCore.Authorization;
using Graph.Catalog.Domain;
using Graph.Catalog.Events;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Products;

/// <summary>Admin mutations of products. Each validates everything first and writes nothing when a check fails.</summary>
[MutationType]
public static class ProductMutations
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Adds a product with its initial stock (admins only). Emits `catalog.changed`.")]
    public static async Task<CreateProductPayload> CreateProductAsync(
        CreateProductInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        errors.Sku("sku", input.Sku);
        errors.Required("name", input.Name, CatalogLimits.NameLength);
        errors.Required("brand", input.Brand, CatalogLimits.BrandLength);
        errors.MaxLength("description", input.Description, CatalogLimits.DescriptionLength);
        errors.Money("price", input.Price);
        errors.ImageUrls("imageUrls", input.ImageUrls);
        errors.Attributes("attributes", input.Attributes);
        errors.Stock("initialStock", input.InitialStock);
        await ProductChecks.CategoryExistsAsync(errors, db, input.CategoryId, cancellationToken).ConfigureAwait(false);
        await ProductChecks.SkuFreeAsync(errors, db, input.Sku, null, cancellationToken).ConfigureAwait(false);
        if (errors.Any)
        {
            return new CreateProductPayload(null, errors.Errors);
        }

        var now = clock.GetUtcNow();
        var product = new Product
        {
            Id = Guid.CreateVersion7(now),
            Sku = input.Sku.Trim(),
            Name = input.Name.Trim(),
            Brand = input.Brand.Trim(),
            Description = input.Description,
            ImageUrls = [.. input.ImageUrls ?? []],
            PriceAmount = input.Price.Amount,
            PriceCurrency = input.Price.Currency,
            CategoryId = input.CategoryId,
            Attributes = ProductChecks.ToAttributes(input.Attributes),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Products.Add(product);
        db.ProductInventory.Add(new ProductInventory { ProductId = product.Id, OnHand = input.InitialStock, UpdatedAt = now });
        try
        {
            await CatalogWrites.SaveWithEventAsync(db, "product.created", [EntityTags.For(EntityTags.Product, product.Id)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (CatalogWrites.ViolatedUniqueConstraint(ex) == "ux_products_sku")
        {
            return new CreateProductPayload(null, [new DuplicateSkuError(input.Sku)]);
        }

        return new CreateProductPayload(product, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Changes a product (admins only); absent fields keep their value. Emits `catalog.changed`.")]
    public static async Task<UpdateProductPayload> UpdateProductAsync(
        UpdateProductInput input, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == input.Id, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return new UpdateProductPayload(null, [new NotFoundError("Product", input.Id.ToString())]);
        }

        var errors = new InputErrors();
        if (input.Sku is not null)
        {
            errors.Sku("sku", input.Sku);
            await ProductChecks.SkuFreeAsync(errors, db, input.Sku, product.Id, cancellationToken).ConfigureAwait(false);
        }

        if (input.Name is not null)
        {
            errors.Required("name", input.Name, CatalogLimits.NameLength);
        }

        if (input.Brand is not null)
        {
            errors.Required("brand", input.Brand, CatalogLimits.BrandLength);
        }

        errors.MaxLength("description", input.Description, CatalogLimits.DescriptionLength);
        errors.Money("price", input.Price);
        errors.ImageUrls("imageUrls", input.ImageUrls);
        errors.Attributes("attributes", input.Attributes);
        if (input.CategoryId is { } categoryId)
        {
            await ProductChecks.CategoryExistsAsync(errors, db, categoryId, cancellationToken).ConfigureAwait(false);
        }

        if (errors.Any)
        {
            return new UpdateProductPayload(null, errors.Errors);
        }

        product.Sku = input.Sku?.Trim() ?? product.Sku;
        product.Name = input.Name?.Trim() ?? product.Name;
        product.Brand = input.Brand?.Trim() ?? product.Brand;
        product.Description = input.Description ?? product.Description;
        product.CategoryId = input.CategoryId ?? product.CategoryId;
        if (input.Price is not null)
        {
            product.PriceAmount = input.Price.Amount;
            product.PriceCurrency = input.Price.Currency;
        }

        if (input.ImageUrls is not null)
        {
            product.ImageUrls = [.. input.ImageUrls];
        }

        if (input.Attributes is not null)
        {
            product.Attributes = ProductChecks.ToAttributes(input.Attributes);
        }

        product.UpdatedAt = clock.GetUtcNow();
        try
        {
            await CatalogWrites.SaveWithEventAsync(db, "product.updated", [EntityTags.For(EntityTags.Product, product.Id)], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (CatalogWrites.ViolatedUniqueConstraint(ex) == "ux_products_sku")
        {
            return new UpdateProductPayload(null, [new DuplicateSkuError(input.Sku ?? product.Sku)]);
        }

        return new UpdateProductPayload(product, []);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Deletes a product and its stock (admins only). Emits `catalog.changed`.")]
    public static async Task<DeleteProductPayload> DeleteProductAsync(DeleteProductInput input, CatalogDb db, CancellationToken cancellationToken)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == input.Id, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return new DeleteProductPayload(null, [new NotFoundError("Product", input.Id.ToString())]);
        }

        // The stock row goes with it (ON DELETE CASCADE).
        db.Products.Remove(product);
        await CatalogWrites.SaveWithEventAsync(db, "product.deleted", [EntityTags.For(EntityTags.Product, product.Id)], cancellationToken).ConfigureAwait(false);
        return new DeleteProductPayload(product.Id, []);
    }
}
