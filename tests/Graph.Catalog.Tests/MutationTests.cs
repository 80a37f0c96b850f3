using FluentAssertions;
using Graph.Catalog.Tests.Support;
using Xunit;

namespace Graph.Catalog.Tests;

/// <summary>Admin mutations: who may call them, typed errors for bad input, and nothing written when a check fails.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class MutationTests(CatalogServiceFixture service)
{
    private const string CreateProduct =
        """
        mutation($input: CreateProductInput!) {
          createProduct(input: $input) {
            product { id sku }
            errors { __typename ... on Error { code message } ... on ValidationError { field } ... on NotFoundError { typeName id } }
          }
        }
        """;

    private readonly CatalogApi _api = new(service);

    [Fact]
    public async Task Admin_Mutations_Should_Refuse_Customers_And_Anonymous_Callers_And_Write_Nothing()
    {
        var category = await _api.CreateCategoryAsync("Refusals");
        var sku = "REF-" + Guid.NewGuid().ToString("N")[..10];
        var input = new { sku, name = "Refused", brand = "Acme", categoryId = category, price = new { amount = "1.00", currency = "USD" } };

        var anonymous = await service.Host.PostAsync(CreateProduct, new { input });
        var customer = await service.Host.PostAsync(CreateProduct, new { input }, service.CustomerToken);

        anonymous.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
        customer.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED");
        (await service.CountAsync("products", "sku = @p0", sku)).Should().Be(0);

        var adjust = await service.Host.PostAsync(
            "mutation { adjustInventory(input: { productId: \"" + Guid.NewGuid() + "\", onHand: 5 }) { errors { __typename } } }", null, service.CustomerToken);
        adjust.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task Admin_Only_Stock_Details_Should_Be_Hidden_From_Customers()
    {
        var product = await _api.CreateProductAsync("Stocked", "Acme", 5m, await _api.CreateCategoryAsync("Stock details"), stock: 7);
        const string query = "query($id: ID!) { productById(id: $id) { inventory { available inStock onHand reserved } } }";

        var customer = await service.Host.PostAsync(query, new { id = product.GetProperty("id").GetString() }, service.CustomerToken);
        var admin = await service.Host.PostAsync(query, new { id = product.GetProperty("id").GetString() }, service.AdminToken);

        customer.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED", "AUTH_NOT_AUTHORIZED");
        customer.Get("productById", "inventory", "onHand").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        customer.Get("productById", "inventory", "available").GetInt32().Should().Be(7);
        admin.Errors.Should().BeEmpty(admin.Body);
        admin.Get("productById", "inventory", "onHand").GetInt32().Should().Be(7);
        (await service.Host.PostAsync("query($id: ID!) { productById(id: $id) { inventory { available inStock } } }", new { id = product.GetProperty("id").GetString() }))
            .Get("productById", "inventory", "available").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task Bad_Product_Input_Should_Return_Every_Typed_Error_And_Write_Nothing()
    {
        var products = await service.CountAsync("products");
        var outbox = await service.CountAsync("outbox_messages");
        var unknownCategory = Guid.NewGuid();

        var response = await service.Host.PostAsync(CreateProduct, new
        {
            input = new
            {
                sku = "bad sku!",
                name = new string('n', 201),
                brand = "",
                categoryId = unknownCategory,
                price = new { amount = "-1", currency = "usd" },
                imageUrls = new[] { "ftp://example.com/a.png" },
                attributes = Enumerable.Range(0, 51).Select(i => new { name = "a" + i, value = "v" }).ToArray(),
                initialStock = -3,
            },
        }, service.AdminToken);

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("createProduct", "product").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var errors = response.Get("createProduct", "errors").EnumerateArray().ToList();
        errors.Where(e => e.GetProperty("__typename").GetString() == "ValidationError").Select(e => e.GetProperty("field").GetString())
            .Should().BeEquivalentTo("sku", "name", "brand", "price.amount", "price.currency", "imageUrls[0]", "attributes", "initialStock");
        errors.Should().ContainSingle(e => e.GetProperty("__typename").GetString() == "NotFoundError")
            .Which.GetProperty("id").GetString().Should().Be(unknownCategory.ToString());
        errors.Should().OnlyContain(e => e.GetProperty("code").GetString() == "VALIDATION_FAILED" || e.GetProperty("code").GetString() == "NOT_FOUND");
        (await service.CountAsync("products")).Should().Be(products);
        (await service.CountAsync("outbox_messages")).Should().Be(outbox);
    }

    [Fact]
    public async Task A_Duplicate_Sku_Should_Be_A_Typed_Error_Whatever_Its_Case()
    {
        var category = await _api.CreateCategoryAsync("Duplicates");
        var sku = "DUP-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await _api.CreateProductAsync("First", "Acme", 1m, category, sku: sku);

        var response = await service.Host.PostAsync(CreateProduct, new
        {
            input = new { sku = sku.ToLowerInvariant(), name = "Second", brand = "Acme", categoryId = category, price = new { amount = "1", currency = "USD" } },
        }, service.AdminToken);

        response.Get("createProduct", "errors")[0].GetProperty("__typename").GetString().Should().Be("DuplicateSkuError");
        response.Get("createProduct", "errors")[0].GetProperty("code").GetString().Should().Be("DUPLICATE_SKU");
        (await service.CountAsync("products", "lower(sku) = lower(@p0)", sku)).Should().Be(1);
    }

    [Fact]
    public async Task Offers_And_Coupons_With_Bad_Windows_Or_Percentages_Should_Be_Refused()
    {
        var category = await _api.CreateCategoryAsync("Windows");
        var now = DateTimeOffset.UtcNow;
        var offers = await service.CountAsync("offers");
        var coupons = await service.CountAsync("coupons");

        var offer = await service.Host.PostAsync(
            "mutation($input: CreateOfferInput!) { createOffer(input: $input) { offer { id } errors { __typename ... on ValidationError { field } ... on NotFoundError { typeName } } } }",
            new { input = new { title = "Backwards", discountPercent = 0, startsAt = now, endsAt = now.AddDays(-1), categoryIds = new[] { category, Guid.NewGuid() } } },
            service.AdminToken);
        var coupon = await service.Host.PostAsync(
            "mutation($input: CreateCouponInput!) { createCoupon(input: $input) { coupon { id } errors { __typename ... on ValidationError { field } } } }",
            new { input = new { title = "Too good", company = "Acme", categoryId = category, price = new { amount = "5", currency = "USD" }, discountPercent = 101, validFrom = now, validUntil = now, terms = new string('t', 5001) } },
            service.AdminToken);

        offer.Get("createOffer", "errors").EnumerateArray().Select(e => e.TryGetProperty("field", out var f) ? f.GetString() : e.GetProperty("typeName").GetString())
            .Should().BeEquivalentTo("discountPercent", "endsAt", "Category");
        coupon.Get("createCoupon", "errors").EnumerateArray().Select(e => e.GetProperty("field").GetString())
            .Should().BeEquivalentTo("discountPercent", "validUntil", "terms");
        (await service.CountAsync("offers")).Should().Be(offers);
        (await service.CountAsync("coupons")).Should().Be(coupons);
    }

    [Fact]
    public async Task Moving_A_Category_Under_Its_Own_Descendant_Should_Be_Refused()
    {
        var root = await _api.CreateCategoryAsync("Cycle root");
        var child = await _api.CreateCategoryAsync("Cycle child", root);

        var response = await service.Host.PostAsync(
            "mutation($input: UpdateCategoryInput!) { updateCategory(input: $input) { category { id } errors { __typename ... on ValidationError { field } } } }",
            new { input = new { id = root, parentId = child } },
            service.AdminToken);

        response.Get("updateCategory", "errors")[0].GetProperty("field").GetString().Should().Be("parentId");
        (await service.CountAsync("categories", "id = @p0 AND parent_id IS NULL", root)).Should().Be(1);
    }

    [Fact]
    public async Task Stock_Should_Not_Be_Set_Below_What_Is_Reserved()
    {
        var product = await _api.CreateProductAsync("Reserved", "Acme", 5m, await _api.CreateCategoryAsync("Reservations"), stock: 10);
        var id = product.GetProperty("id").GetGuid();
        await service.ScalarAsync<int>("UPDATE product_inventory SET reserved = 4 WHERE product_id = @p0 RETURNING reserved", id);
        const string adjust = "mutation($input: AdjustInventoryInput!) { adjustInventory(input: $input) { inventory { available } errors { __typename ... on Error { code } } } }";

        var tooLow = await service.Host.PostAsync(adjust, new { input = new { productId = id, onHand = 3 } }, service.AdminToken);
        var fine = await service.Host.PostAsync(adjust, new { input = new { productId = id, onHand = 6 } }, service.AdminToken);
        var unknown = await service.Host.PostAsync(adjust, new { input = new { couponId = Guid.NewGuid(), onHand = 6 } }, service.AdminToken);

        tooLow.Get("adjustInventory", "errors")[0].GetProperty("code").GetString().Should().Be("STOCK_BELOW_RESERVED");
        fine.Get("adjustInventory", "inventory", "available").GetInt32().Should().Be(2);
        unknown.Get("adjustInventory", "errors")[0].GetProperty("code").GetString().Should().Be("NOT_FOUND");
        (await service.ScalarAsync<int>("SELECT on_hand FROM product_inventory WHERE product_id = @p0", id)).Should().Be(6);
    }

    [Fact]
    public async Task Updating_And_Deleting_An_Unknown_Product_Should_Return_Not_Found()
    {
        var id = Guid.NewGuid();

        var update = await service.Host.PostAsync(
            "mutation($id: ID!) { updateProduct(input: { id: $id, name: \"x\" }) { errors { __typename ... on NotFoundError { typeName id } } } }", new { id }, service.AdminToken);
        var delete = await service.Host.PostAsync(
            "mutation($id: ID!) { deleteProduct(input: { id: $id }) { deletedProductId errors { __typename } } }", new { id }, service.AdminToken);

        update.Get("updateProduct", "errors")[0].GetProperty("typeName").GetString().Should().Be("Product");
        delete.Get("deleteProduct", "errors")[0].GetProperty("__typename").GetString().Should().Be("NotFoundError");
    }
}
