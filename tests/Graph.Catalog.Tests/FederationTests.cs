using FluentAssertions;
using Graph.Catalog.DemoData;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>Apollo Federation v2: <c>_service { sdl }</c> and <c>_entities</c> for the Catalog's entities.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class FederationTests(CatalogServiceFixture service)
{
    [Fact]
    public async Task Entities_Should_Resolve_Products_Coupons_And_Categories_In_Order_With_Null_For_Unknown_Keys()
    {
        var product = DeterministicGuid.Product("SMA-ORB-ONE");
        var coupon = DeterministicGuid.Coupon(1);
        var category = DeterministicGuid.Category("laptops");

        var response = await service.Host.PostAsync(
            """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                __typename
                ... on Product { sku }
                ... on Coupon { title }
                ... on Category { slug }
              }
            }
            """,
            new
            {
                representations = new object[]
                {
                    new { __typename = "Product", id = product },
                    new { __typename = "Category", id = category },
                    new { __typename = "Product", id = Guid.NewGuid() },
                    new { __typename = "Coupon", id = coupon },
                    new { __typename = "Product", sku = "lap-lum-air13" },
                },
            });

        response.Errors.Should().BeEmpty(response.Body);
        var entities = response.Get("_entities");
        entities[0].GetProperty("sku").GetString().Should().Be("SMA-ORB-ONE");
        entities[1].GetProperty("slug").GetString().Should().Be("laptops");
        entities[2].ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        entities[3].GetProperty("title").GetString().Should().StartWith("Dinner for two");
        entities[4].GetProperty("sku").GetString().Should().Be("LAP-LUM-AIR13", "the SKU is an alternate key, looked up case-insensitively");
    }

    [Fact]
    public async Task Entity_Lookups_Of_Many_Products_Should_Be_One_Sql_Query()
    {
        var keys = CatalogDemoData.Products().Skip(100).Take(8).Select(p => new { __typename = "Product", id = p.Product.Id }).ToArray();
        // Evict what other tests may have cached, through the service's own cache.
        var cache = (Graph.ServiceDefaults.Caching.IEntityCache)service.Host.Services.GetService(typeof(Graph.ServiceDefaults.Caching.IEntityCache))!;
        await cache.EvictAsync(keys.Select(k => $"Product:{k.id}"));
        service.Sql.Reset();

        var response = await service.Host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }", new { r = keys });

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("_entities").GetArrayLength().Should().Be(8);
        service.Sql.Count("products").Should().Be(1);
    }

    [Fact]
    public async Task The_Service_Sdl_Should_Declare_The_Keys()
    {
        var response = await service.Host.PostAsync("{ _service { sdl } }");

        var sdl = response.Get("_service", "sdl").GetString();
        sdl.Should().Contain("type Product @key(fields: \"id\") @key(fields: \"sku\")")
            .And.Contain("type Coupon @key(fields: \"id\")")
            .And.Contain("type Category @key(fields: \"id\")");
    }
}
