using System.Globalization;
using FluentAssertions;
using Graph.Catalog.Domain;
using Graph.Catalog.Pricing;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary><c>Product.finalPrice</c>: the best offer active now, for the product, its category or an ancestor category.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class PricingTests(CatalogServiceFixture service)
{
    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task Final_Price_Should_Apply_Only_Active_Offers_On_The_Product_Or_Its_Category_Tree()
    {
        var now = DateTimeOffset.UtcNow;
        var root = await _api.CreateCategoryAsync("Pricing root");
        var leaf = await _api.CreateCategoryAsync("Pricing leaf", root);
        var viaProduct = await _api.CreateProductAsync("Priced by product offer", "Acme", 100m, leaf);
        var viaAncestor = await _api.CreateProductAsync("Priced by ancestor offer", "Acme", 80m, leaf);
        var untouched = await _api.CreateProductAsync("Priced by nothing", "Acme", 60m, await _api.CreateCategoryAsync("Pricing elsewhere"));

        await _api.CreateOfferAsync(20m, now.AddDays(-1), now.AddDays(1), productIds: [Id(viaProduct)]);
        await _api.CreateOfferAsync(10m, now.AddDays(-1), now.AddDays(1), categoryIds: [root]);
        // Expired and future offers, larger, must not count.
        await _api.CreateOfferAsync(50m, now.AddDays(-10), now.AddDays(-5), categoryIds: [root]);
        await _api.CreateOfferAsync(60m, now.AddDays(5), now.AddDays(10), productIds: [Id(viaAncestor), Id(untouched)]);

        (await FinalPriceAsync(viaProduct)).Should().Be((80.00m, "20"), "the product's 20 % beats the category's 10 %; offers do not stack");
        (await FinalPriceAsync(viaAncestor)).Should().Be((72.00m, "10"), "an offer on an ancestor category covers its subcategories");
        (await FinalPriceAsync(untouched)).Should().Be((60m, null), "no active offer: the list price");
    }

    [Theory]
    [InlineData("19.99", "15", "16.99")]
    [InlineData("10.00", "33.33", "6.67")]
    [InlineData("0.05", "50", "0.03")]
    [InlineData("250", "100", "0.00")]
    public void Discounts_Should_Round_To_The_Cent_Half_Away_From_Zero(string amount, string percent, string expected)
    {
        var price = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), "USD");
        var matches = new[] { new OfferMatch(Guid.NewGuid(), Guid.NewGuid(), decimal.Parse(percent, CultureInfo.InvariantCulture)) };

        OfferPricing.FinalPrice(price, matches).Amount.Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    private async Task<(decimal Amount, string? Percent)> FinalPriceAsync(System.Text.Json.JsonElement product)
    {
        var response = await _api.QueryAsync(
            "query($id: ID!) { productById(id: $id) { finalPrice { amount } appliedOffer { discountPercent } } }",
            new { id = Id(product) });
        response.Errors.Should().BeEmpty(response.Body);
        var amount = decimal.Parse(response.Get("productById", "finalPrice", "amount").GetString()!, CultureInfo.InvariantCulture);
        var offer = response.Get("productById", "appliedOffer");
        var percent = offer.ValueKind == System.Text.Json.JsonValueKind.Null ? null : decimal.Parse(offer.GetProperty("discountPercent").GetString()!, CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture);
        return (amount, percent);
    }

    private static Guid Id(System.Text.Json.JsonElement product) => product.GetProperty("id").GetGuid();
}
