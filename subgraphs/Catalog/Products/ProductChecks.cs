using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Mutations;
using Graph.Catalog.Validation;
using Graph.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Products;

/// <summary>The checks of product inputs that need the database.</summary>
internal static class ProductChecks
{
    public static async Task CategoryExistsAsync(InputErrors errors, CatalogDb db, Guid categoryId, CancellationToken cancellationToken)
    {
        if (!await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new NotFoundError("Category", categoryId.ToString()));
        }
    }

    /// <summary>Adds <see cref="DuplicateSkuError"/> when another product (not <paramref name="self"/>) has the SKU.</summary>
    public static async Task SkuFreeAsync(InputErrors errors, CatalogDb db, string? sku, Guid? self, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sku) || sku.Length > CatalogLimits.SkuLength)
        {
            return;
        }

        var lowered = sku.Trim().ToLowerInvariant();
        if (await db.Products.AnyAsync(p => p.Sku.ToLower() == lowered && p.Id != self, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DuplicateSkuError(sku.Trim()));
        }
    }

    public static List<ProductAttribute> ToAttributes(IReadOnlyList<ProductAttributeInput>? attributes) =>
        attributes?.Select(a => new ProductAttribute { Name = a.Name.Trim(), Value = a.Value }).ToList() ?? [];
}
