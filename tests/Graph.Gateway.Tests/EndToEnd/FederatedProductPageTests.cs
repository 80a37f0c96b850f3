using FluentAssertions;
using Xunit;

namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>
/// Issue 8's "Done when": one product page query through the gateway answered by four subgraphs. Reviews and
/// Recommendations own no product or user data; they add fields to the Catalog's <c>Product</c> and the Users'
/// <c>User</c>, and the gateway joins them.
/// </summary>
[Collection(GatewaySystemCollection.Name)]
public sealed class FederatedProductPageTests(GatewaySystemFixture system)
{
    // Recommendations' demo data plants bundle 0: this laptop is bought with these headphones and this camera.
    private const string Laptop = "LAP-LUM-AIR13";
    private static readonly string[] BoughtWithTheLaptop = ["HEA-SON-ANC7", "CAM-OPT-M50"];

    private const string ProductPage = """
        query ProductPage($sku: String!) {
          productBySku(sku: $sku) {
            name
            ratingSummary { average count }
            reviews(first: 3) { nodes { rating title author { displayName } } }
            recommended(first: 5) { sku name price { amount currency } }
          }
        }
        """;

    private readonly GatewayClient _client = new(system);

    [Fact]
    public async Task A_Product_Page_Should_Join_Catalog_Reviews_Users_And_Recommendations_In_One_Request()
    {
        var dave = await _client.SignInAsync("dave@graph.local");
        var laptopId = await ProductIdAsync(Laptop);
        using var added = await system.Gateway.PostAsync(
            "mutation($input: AddReviewInput!) { addReview(input: $input) { review { id } errors { __typename } } }",
            new { input = new { productId = laptopId, rating = 4, title = "Light and quick", body = "Battery lasts the day." } },
            dave);
        added.Errors.Should().BeEmpty(added.Body);

        using var page = await system.Gateway.PostAsync(ProductPage, new { sku = Laptop });

        page.Errors.Should().BeEmpty(page.Body);
        page.Get("productBySku", "name").GetString().Should().NotBeNullOrEmpty("the name is the Catalog's");
        page.Get("productBySku", "ratingSummary", "count").GetInt32().Should().BeGreaterThan(0, "Reviews counts dave's review");
        var reviews = page.Get("productBySku", "reviews", "nodes").EnumerateArray().ToList();
        reviews.Should().Contain(r => r.GetProperty("title").GetString() == "Light and quick");
        reviews.Select(r => r.GetProperty("author").GetProperty("displayName").GetString())
            .Should().OnlyContain(name => !string.IsNullOrEmpty(name), "each author's display name comes from Users");
        var recommended = page.Get("productBySku", "recommended").EnumerateArray().ToList();
        recommended.Select(p => p.GetProperty("sku").GetString()).Take(2)
            .Should().BeEquivalentTo(BoughtWithTheLaptop, "Recommendations ranks the planted bundle first");
        recommended.Should().OnlyContain(p => !string.IsNullOrEmpty(p.GetProperty("name").GetString())
            && p.GetProperty("price").GetProperty("currency").GetString() != null, "names and prices come from the Catalog");
    }

    private async Task<Guid> ProductIdAsync(string sku)
    {
        using var response = await system.Gateway.PostAsync("query($sku: String!) { productBySku(sku: $sku) { id } }", new { sku });
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("productBySku", "id").GetGuid();
    }
}
