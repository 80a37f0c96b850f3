using FluentAssertions;
using Graph.Catalog.DemoData;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>The category tree and the coupon and product connections.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class ListingTests(CatalogServiceFixture service)
{
    [Fact]
    public async Task Coupons_By_Category_Should_Include_Subcategories_And_Page_Without_Repeats()
    {
        const string query =
            """
            query($id: ID!, $after: String) {
              couponsByCategory(categoryId: $id, first: 7, after: $after) {
                edges { node { id category { parent { slug } } } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 20; page++)
        {
            var response = await service.Host.PostAsync(query, new { id = DeterministicGuid.Category("experiences"), after });
            response.Errors.Should().BeEmpty(response.Body);
            var connection = response.Get("couponsByCategory");
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                seen.Add(edge.GetProperty("node").GetProperty("id").GetString()!);
                edge.GetProperty("node").GetProperty("category").GetProperty("parent").GetProperty("slug").GetString().Should().Be("experiences");
            }

            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        seen.Should().OnlyHaveUniqueItems().And.HaveCount(50, "every demo coupon lives under Experiences");
    }

    [Fact]
    public async Task Categories_Should_List_Roots_With_Their_Children_And_Products()
    {
        var response = await service.Host.PostAsync(
            "{ categories { slug children { slug products(first: 2) { edges { node { name category { slug } } } pageInfo { hasNextPage } } } } }");

        response.Errors.Should().BeEmpty(response.Body);
        var electronics = response.Get("categories").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "electronics");
        var laptops = electronics.GetProperty("children").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "laptops");
        laptops.GetProperty("products").GetProperty("edges").GetArrayLength().Should().Be(2);
        laptops.GetProperty("products").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().Should().BeTrue();
        laptops.GetProperty("products").GetProperty("edges")[0].GetProperty("node").GetProperty("category").GetProperty("slug").GetString().Should().Be("laptops");
    }

    [Fact]
    public async Task An_Offer_Change_Should_Tag_Every_Product_And_Category_It_Covers()
    {
        var api = new CatalogApi(service);
        var category = await api.CreateCategoryAsync("Offer tags");
        var product = (await api.CreateProductAsync("Offer tagged", "Acme", 10m, category)).GetProperty("id").GetGuid();

        var offer = await api.CreateOfferAsync(5m, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(2), [category], [product]);

        var payload = await service.ScalarAsync<string>(
            "SELECT payload FROM outbox_messages WHERE payload LIKE @p0 AND payload LIKE @p1 ORDER BY sequence DESC LIMIT 1", $"%Category:{category}%", $"%Product:{product}%");
        payload.Should().Contain("offer.created");
        offer.Should().NotBeEmpty();
    }
}
