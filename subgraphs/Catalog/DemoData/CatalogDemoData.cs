using System.Security.Cryptography;
using System.Text;
using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.DemoData;

/// <summary>
/// Demo data for <c>./graph up</c> (<c>DemoData:Enabled=true</c>): 20 categories (4 levels of nesting under 5 roots),
/// 208 products, 50 coupons and 3 festival offers (one active now, one past, one future). Deterministic: ids are
/// name-based UUIDs (<see cref="DeterministicGuid"/>), prices, stock and dates follow from the SKU, never from the clock
/// or a random seed. Idempotent: only rows whose id is missing are inserted, so a second run changes nothing.
/// </summary>
public sealed class CatalogDemoData : IDatabaseSeeder<CatalogDb>
{
    /// <summary>The moment every demo row was "created"; fixed so the data is the same on every machine.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public async Task SeedAsync(CatalogDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existingCategories = await db.Categories.Select(c => c.Id).ToHashSetAsync(cancellationToken).ConfigureAwait(false);
        var existingProducts = await db.Products.Select(p => p.Id).ToHashSetAsync(cancellationToken).ConfigureAwait(false);
        var existingCoupons = await db.Coupons.Select(c => c.Id).ToHashSetAsync(cancellationToken).ConfigureAwait(false);
        var existingOffers = await db.Offers.Select(o => o.Id).ToHashSetAsync(cancellationToken).ConfigureAwait(false);

        // Parents come before children in the table, and the rows are inserted in that order.
        foreach (var category in Categories().Where(c => !existingCategories.Contains(c.Id)))
        {
            db.Categories.Add(category);
        }

        foreach (var (product, stock) in Products().Where(p => !existingProducts.Contains(p.Product.Id)))
        {
            db.Products.Add(product);
            db.ProductInventory.Add(stock);
        }

        foreach (var (coupon, stock) in Coupons().Where(c => !existingCoupons.Contains(c.Coupon.Id)))
        {
            db.Coupons.Add(coupon);
            db.CouponInventory.Add(stock);
        }

        foreach (var offer in Offers().Where(o => !existingOffers.Contains(o.Id)))
        {
            db.Offers.Add(offer);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public static IEnumerable<Category> Categories() =>
        DemoCatalog.Categories.Select(c => new Category
        {
            Id = DeterministicGuid.Category(c.Slug),
            Name = c.Name,
            Slug = c.Slug,
            Description = c.Description,
            ParentId = c.ParentSlug is null ? null : DeterministicGuid.Category(c.ParentSlug),
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        });

    public static IEnumerable<(Product Product, ProductInventory Stock)> Products()
    {
        foreach (var category in DemoCatalog.Products)
        {
            var categoryName = DemoCatalog.Categories.First(c => c.Slug == category.Slug).Name;
            for (var b = 0; b < category.Brands.Length; b++)
            {
                foreach (var line in category.Lines)
                {
                    var brand = category.Brands[b];
                    var sku = $"{category.Slug[..3].ToUpperInvariant()}-{brand[..3].ToUpperInvariant()}-{line.Code}";
                    var hash = Hash(sku);
                    // Brands differ in price by up to +/-15 %, rounded to a .99 price point.
                    var factor = 0.85m + (hash % 31) / 100m;
                    var price = Math.Max(4.99m, decimal.Floor(line.BasePrice * factor) + 0.99m - 1m);
                    var createdAt = CreatedAt.AddHours(hash % 2000);
                    var id = DeterministicGuid.Product(sku);
                    var product = new Product
                    {
                        Id = id,
                        Sku = sku,
                        Name = $"{brand} {line.Model}",
                        Brand = brand,
                        Description = $"The {brand} {line.Model} is {line.Pitch}. Part of our {categoryName} range, covered by a two-year warranty.",
                        ImageUrls = [$"https://images.example.com/products/{sku.ToLowerInvariant()}/main.jpg", $"https://images.example.com/products/{sku.ToLowerInvariant()}/side.jpg"],
                        PriceAmount = price,
                        PriceCurrency = "USD",
                        CategoryId = DeterministicGuid.Category(category.Slug),
                        Attributes = line.Attributes.Select(a => a.Split(':', 2)).Select(a => new ProductAttribute { Name = a[0], Value = a[1] }).ToList(),
                        CreatedAt = createdAt,
                        UpdatedAt = createdAt,
                    };
                    // About one product in eight is sold out.
                    var onHand = hash % 8 == 0 ? 0 : (int)(hash % 150) + 1;
                    yield return (product, new ProductInventory { ProductId = id, OnHand = onHand, Reserved = 0, UpdatedAt = createdAt });
                }
            }
        }
    }

    public static IEnumerable<(Coupon Coupon, CouponInventory Stock)> Coupons()
    {
        for (var n = 1; n <= 50; n++)
        {
            var template = DemoCatalog.CouponTemplates[(n - 1) % DemoCatalog.CouponTemplates.Length];
            var company = DemoCatalog.CouponCompanies[(n * 7) % DemoCatalog.CouponCompanies.Length];
            var hash = Hash($"coupon:{n}");
            var id = DeterministicGuid.Coupon(n);
            var validFrom = CreatedAt.AddDays(hash % 30);
            var coupon = new Coupon
            {
                Id = id,
                Title = $"{template.Title} at {company}",
                Company = company,
                CategoryId = DeterministicGuid.Category(template.CategorySlug),
                PriceAmount = template.Price + (hash % 5),
                PriceCurrency = "USD",
                DiscountPercent = template.Discount,
                ValidFrom = validFrom,
                ValidUntil = validFrom.AddDays(180 + (hash % 365)),
                Terms = $"Valid at {company} only. One coupon per visit; not combinable with other offers. Book ahead.",
                CreatedAt = CreatedAt,
                UpdatedAt = CreatedAt,
            };
            yield return (coupon, new CouponInventory { CouponId = id, OnHand = 20 + (int)(hash % 200), Reserved = 0, UpdatedAt = CreatedAt });
        }
    }

    /// <summary>Seed 001's festival offers: one spanning years (active now), one over, one in the future.</summary>
    public static IEnumerable<Offer> Offers() =>
    [
        Offer("festival-of-lights", "Festival of Lights", "15 % off all electronics for the festival season.", 15m,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero),
            categories: ["electronics"], products: []),
        Offer("summer-outdoors", "Summer Outdoors Week", "25 % off camping and cycling gear.", 25m,
            new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 6, 8, 0, 0, 0, TimeSpan.Zero),
            categories: ["camping", "cycling"], products: []),
        Offer("new-year-coffee", "New Year Coffee Days", "30 % off espresso machines.", 30m,
            new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 15, 0, 0, 0, TimeSpan.Zero),
            categories: [], products: ["COF-BAR-ESP", "COF-CRE-ESP"]),
    ];

    private static Offer Offer(string key, string title, string description, decimal percent, DateTimeOffset starts, DateTimeOffset ends,
        string[] categories, string[] products) => new()
    {
        Id = DeterministicGuid.Offer(key),
        Title = title,
        Description = description,
        DiscountPercent = percent,
        StartsAt = starts,
        EndsAt = ends,
        CategoryIds = categories.Select(DeterministicGuid.Category).ToList(),
        ProductIds = products.Select(DeterministicGuid.Product).ToList(),
        CreatedAt = CreatedAt,
        UpdatedAt = CreatedAt,
    };

    /// <summary>A stable number from a text (not string.GetHashCode, which changes per process).</summary>
    private static uint Hash(string text) => BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
