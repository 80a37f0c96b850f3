using FluentAssertions;
using Graph.Catalog.DemoData;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>The root lists and lookups besides search.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class RootFieldTests(CatalogServiceFixture service)
{
    [Fact]
    public async Task Products_Should_List_Newest_First_And_ProductBySku_Should_Ignore_Case()
    {
        var api = new CatalogApi(service);
        var newest = await api.CreateProductAsync("Newest product", "Acme", 1m, await api.CreateCategoryAsync("Newest"));

        var response = await service.Host.PostAsync(
            "query($sku: String!) { products(first: 1) { edges { node { id } } } productBySku(sku: $sku) { id } missing: productBySku(sku: \"NO-SUCH-SKU\") { id } }",
            new { sku = newest.GetProperty("sku").GetString()!.ToLowerInvariant() });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("products", "edges")[0].GetProperty("node").GetProperty("id").GetString().Should().Be(newest.GetProperty("id").GetString());
        response.Get("productBySku", "id").GetString().Should().Be(newest.GetProperty("id").GetString());
        response.Get("missing").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Active_Offers_Should_Hold_The_Demo_Festival_Offer_And_Not_The_Past_Or_Future_Ones()
    {
        var response = await service.Host.PostAsync("{ activeOffers { id title } }");

        var ids = response.Get("activeOffers").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        ids.Should().Contain(DeterministicGuid.Offer("festival-of-lights"))
            .And.NotContain(DeterministicGuid.Offer("summer-outdoors"))
            .And.NotContain(DeterministicGuid.Offer("new-year-coffee"));
    }

    [Fact]
    public async Task Setting_A_Coupons_Quantity_Should_Change_Its_Availability()
    {
        var coupon = DeterministicGuid.Coupon(2);

        var response = await service.Host.PostAsync(
            "mutation($id: ID!) { adjustInventory(input: { couponId: $id, onHand: 3 }) { coupon { id inventory { available } } errors { __typename } } }",
            new { id = coupon }, service.AdminToken);

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("adjustInventory", "coupon", "inventory", "available").GetInt32().Should().Be(3);
        (await service.ScalarAsync<int>("SELECT on_hand FROM coupon_inventory WHERE coupon_id = @p0", coupon)).Should().Be(3);
    }
}
