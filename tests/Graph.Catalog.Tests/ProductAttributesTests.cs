using System.Text.Json;
using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>
/// A product's attributes live in its <c>attributes</c> jsonb column as <c>[{"name":..,"value":..}]</c>: written and
/// read by the mutations and lookups, and rows written by SQL (the migration's default, older writers) read the same.
/// </summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class ProductAttributesTests(CatalogServiceFixture service)
{
    private const string BySku = "query($sku: String!) { productBySku(sku: $sku) { attributes { name value } } }";

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task Attributes_Should_Be_Stored_As_Name_Value_Json_And_Replaced_By_An_Update()
    {
        var category = await _api.CreateCategoryAsync("Attributes");
        var sku = "ATT-" + Guid.NewGuid().ToString("N")[..10];
        var created = await service.Host.PostAsync(
            "mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { __typename } } }",
            new
            {
                input = new
                {
                    sku, name = "Lamp", brand = "Acme", categoryId = category, price = new { amount = "10.00", currency = "USD" },
                    attributes = new[] { new { name = "color", value = "black" }, new { name = "size", value = "M" } },
                },
            },
            service.AdminToken);
        created.Errors.Should().BeEmpty(created.Body);
        var id = created.Get("createProduct", "product", "id").GetString()!;

        (await AttributesAsync(sku)).Should().Equal(("color", "black"), ("size", "M"));
        (await StoredAsync(sku)).Should().Equal(("color", "black"), ("size", "M"));

        var updated = await service.Host.PostAsync(
            "mutation($input: UpdateProductInput!) { updateProduct(input: $input) { errors { __typename } } }",
            new { input = new { id, attributes = new[] { new { name = "color", value = "white" } } } },
            service.AdminToken);
        updated.Errors.Should().BeEmpty(updated.Body);

        (await AttributesAsync(sku)).Should().Equal(("color", "white"));
        (await StoredAsync(sku)).Should().Equal(("color", "white"));
    }

    [Fact]
    public async Task Attributes_Written_By_Sql_Should_Be_Read()
    {
        var product = await _api.CreateProductAsync("Kettle", "Acme", 20m, await _api.CreateCategoryAsync("Attributes by SQL"));
        var sku = product.GetProperty("sku").GetString()!;

        (await AttributesAsync(sku)).Should().BeEmpty("the migration's default is []");
        await service.ScalarAsync<int>(
            """WITH changed AS (UPDATE products SET attributes = '[{"name": "volume", "value": "1.7 l"}]' WHERE sku = @p0 RETURNING 1) SELECT count(*)::int FROM changed""",
            sku);

        (await AttributesAsync(sku)).Should().Equal(("volume", "1.7 l"));
    }

    private async Task<List<(string Name, string Value)>> AttributesAsync(string sku)
    {
        var response = await service.Host.PostAsync(BySku, new { sku });
        response.Errors.Should().BeEmpty(response.Body);
        return [.. response.Get("productBySku", "attributes").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("value").GetString()!))];
    }

    private async Task<List<(string Name, string Value)>> StoredAsync(string sku)
    {
        var json = await service.ScalarAsync<string>("SELECT attributes::text FROM products WHERE sku = @p0", sku);
        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateArray().Should().OnlyContain(a => a.EnumerateObject().Count() == 2, json);
        return [.. document.RootElement.EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("value").GetString()!))];
    }
}
