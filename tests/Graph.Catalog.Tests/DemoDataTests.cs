using FluentAssertions;
using Graph.Catalog.DemoData;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

[Collection(CatalogServiceCollection.Name)]
public sealed class DemoDataTests(CatalogServiceFixture service)
{
    private const string Fingerprint =
        """
        SELECT md5(coalesce((SELECT string_agg(id::text || name || price_amount::text || created_at::text, ',' ORDER BY id) FROM products WHERE created_at < '2026-06-01'), '')
                || coalesce((SELECT string_agg(id::text || name, ',' ORDER BY id) FROM categories WHERE created_at < '2026-06-01'), '')
                || coalesce((SELECT string_agg(id::text || title, ',' ORDER BY id) FROM coupons WHERE created_at < '2026-06-01'), ''))
        """;

    [Fact]
    public async Task The_Demo_Data_Should_Hold_At_Least_200_Products_12_Categories_50_Coupons_And_An_Active_Offer()
    {
        (await service.CountAsync("products", "id = ANY(@p0)", CatalogDemoData.Products().Select(p => p.Product.Id).ToArray())).Should().BeGreaterThanOrEqualTo(200);
        (await service.CountAsync("categories", "id = ANY(@p0)", CatalogDemoData.Categories().Select(c => c.Id).ToArray())).Should().BeGreaterThanOrEqualTo(12);
        (await service.CountAsync("categories", "parent_id IS NOT NULL AND id = ANY(@p0)", CatalogDemoData.Categories().Select(c => c.Id).ToArray())).Should().BeGreaterThan(0);
        (await service.CountAsync("coupons", "id = ANY(@p0)", CatalogDemoData.Coupons().Select(c => c.Coupon.Id).ToArray())).Should().Be(50);
        (await service.CountAsync("offers", "id = ANY(@p0) AND starts_at <= now() AND ends_at > now()", CatalogDemoData.Offers().Select(o => o.Id).ToArray())).Should().Be(1);
        (await service.CountAsync("product_inventory", "product_id = ANY(@p0)", CatalogDemoData.Products().Select(p => p.Product.Id).ToArray())).Should().Be(208);
    }

    [Fact]
    public async Task Loading_The_Demo_Data_Twice_Should_Change_Nothing()
    {
        var before = await service.ScalarAsync<string>(Fingerprint);
        var products = await service.CountAsync("products", "created_at < '2026-06-01'");

        await using (var db = service.CreateDb())
        {
            await new CatalogDemoData().SeedAsync(db, CancellationToken.None);
        }

        (await service.ScalarAsync<string>(Fingerprint)).Should().Be(before);
        (await service.CountAsync("products", "created_at < '2026-06-01'")).Should().Be(products);
    }

    [Fact]
    public void Demo_Ids_Should_Be_Name_Based_And_Stable()
    {
        // The id DemoData/README.md publishes for other services' demo data (RFC 9562 version 5).
        DeterministicGuid.Product("LAP-LUM-AIR13").Should().Be(new Guid("1d1e35ee-c01c-5b05-9d83-9df0df60dedb"));
        DeterministicGuid.Category("electronics").Should().Be(new Guid("33622a0e-005f-535c-bea4-04db1a6a264c"));
        CatalogDemoData.Products().Select(p => p.Product.Sku.ToLowerInvariant()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_Demo_Product_Should_Be_Found_By_Id_With_Its_Category_And_Stock()
    {
        var id = DeterministicGuid.Product("LAP-LUM-AIR13");
        var response = await service.Host.PostAsync(
            "query($id: ID!) { productById(id: $id) { sku name price { amount currency } finalPrice { amount } category { slug parent { slug } } inventory { available inStock } attributes { name value } } }",
            new { id });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("productById", "sku").GetString().Should().Be("LAP-LUM-AIR13");
        response.Get("productById", "category", "slug").GetString().Should().Be("laptops");
        response.Get("productById", "category", "parent", "slug").GetString().Should().Be("electronics");
        // The demo's active festival offer takes 15 % off electronics, subcategories included.
        var price = decimal.Parse(response.Get("productById", "price", "amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var final = decimal.Parse(response.Get("productById", "finalPrice", "amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        final.Should().Be(decimal.Round(price * 0.85m, 2, MidpointRounding.AwayFromZero));
    }
}
