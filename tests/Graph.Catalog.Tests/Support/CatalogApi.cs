using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Services;

namespace Graph.Catalog.Tests.Support;

/// <summary>Admin calls the tests arrange data with, through the public GraphQL API.</summary>
public sealed class CatalogApi(CatalogServiceFixture service)
{
    public const string ProductFields = "id sku name brand price { amount currency } finalPrice { amount currency } createdAt";

    /// <summary>A word no demo product contains, so a test's planted products are the only matches.</summary>
    public static string UniqueWord(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10].Replace('0', 'q').Replace('1', 'z');

    public async Task<Guid> CreateCategoryAsync(string name, Guid? parentId = null)
    {
        var response = await service.Host.PostAsync(
            "mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } errors { __typename ... on Error { message } } } }",
            new { input = new { name, slug = "c-" + Guid.NewGuid().ToString("N")[..12], parentId } },
            service.AdminToken);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("createCategory", "errors").GetArrayLength().Should().Be(0, response.Body);
        return response.Get("createCategory", "category", "id").GetGuid();
    }

    public async Task<JsonElement> CreateProductAsync(
        string name, string brand, decimal price, Guid categoryId, string description = "A product.", int stock = 10, string? sku = null)
    {
        var response = await service.Host.PostAsync(
            $"mutation($input: CreateProductInput!) {{ createProduct(input: $input) {{ product {{ {ProductFields} }} errors {{ __typename ... on Error {{ message }} }} }} }}",
            new
            {
                input = new
                {
                    sku = sku ?? "T-" + Guid.NewGuid().ToString("N")[..16],
                    name,
                    brand,
                    categoryId,
                    price = new { amount = price, currency = "USD" },
                    description,
                    initialStock = stock,
                },
            },
            service.AdminToken);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("createProduct", "errors").GetArrayLength().Should().Be(0, response.Body);
        return response.Get("createProduct", "product").Clone();
    }

    public async Task<Guid> CreateOfferAsync(decimal percent, DateTimeOffset startsAt, DateTimeOffset endsAt, Guid[]? categoryIds = null, Guid[]? productIds = null)
    {
        var response = await service.Host.PostAsync(
            "mutation($input: CreateOfferInput!) { createOffer(input: $input) { offer { id } errors { __typename ... on Error { message } } } }",
            new { input = new { title = "Test offer", discountPercent = percent, startsAt, endsAt, categoryIds = categoryIds ?? [], productIds = productIds ?? [] } },
            service.AdminToken);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("createOffer", "errors").GetArrayLength().Should().Be(0, response.Body);
        return response.Get("createOffer", "offer", "id").GetGuid();
    }

    public Task<GraphQLResponse> QueryAsync(string query, object? variables = null, string? token = null) =>
        service.Host.PostAsync(query, variables, token);
}
