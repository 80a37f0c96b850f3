using FluentAssertions;
using Graph.Orders.Tests.Support;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>Carts priced by the real Catalog service.</summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class CartTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    [Fact]
    public async Task Cart_Totals_Should_Be_The_Catalogs_Final_Prices_Times_Quantities()
    {
        var (_, token) = system.NewCustomer();
        var products = await _api.ProductsAsync(2);
        (await _api.AddToCartAsync(token, products[0].Id, 2)).Dispose();
        using var response = await _api.AddToCartAsync(token, products[1].Id, 3);

        response.Get("addToCart", "errors").GetArrayLength().Should().Be(0, response.Body);
        var cart = response.Get("addToCart", "cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(5);
        OrdersApi.Money(cart.GetProperty("total"))
            .Should().Be(((products[0].FinalPrice * 2) + (products[1].FinalPrice * 3), products[0].Currency));
        OrdersApi.Money(cart.GetProperty("lines")[1].GetProperty("unitPrice")).Should().Be((products[1].FinalPrice, products[1].Currency));
        OrdersApi.Money(cart.GetProperty("lines")[1].GetProperty("lineTotal")).Should().Be((products[1].FinalPrice * 3, products[1].Currency));
        cart.GetProperty("lines")[0].GetProperty("name").GetString().Should().Be(products[0].Name);
    }

    [Fact]
    public async Task Adding_The_Same_Item_Again_Should_Add_To_Its_Quantity()
    {
        var (_, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 2)).Dispose();
        using var response = await _api.AddToCartAsync(token, product.Id, 4);

        var lines = response.Get("addToCart", "cart", "lines");
        lines.GetArrayLength().Should().Be(1);
        lines[0].GetProperty("quantity").GetInt32().Should().Be(6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public async Task A_Quantity_Outside_1_To_99_Should_Be_A_Validation_Error(int quantity)
    {
        var (_, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        using var response = await _api.AddToCartAsync(token, product.Id, quantity);

        OrdersApi.ErrorCodes(response.Get("addToCart", "errors")).Should().Equal("VALIDATION_FAILED");
        response.Get("addToCart", "cart").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task An_Unknown_Product_Should_Be_Not_Found()
    {
        var (_, token) = system.NewCustomer();
        using var response = await _api.AddToCartAsync(token, Guid.NewGuid(), 1);

        OrdersApi.ErrorCodes(response.Get("addToCart", "errors")).Should().Equal("NOT_FOUND");
    }

    [Fact]
    public async Task An_Anonymous_Caller_Without_A_Cart_Id_Should_Be_Refused()
    {
        var product = (await _api.ProductsAsync(1))[0];
        using var response = await _api.AddToCartAsync(null, product.Id, 1);

        OrdersApi.ErrorCodes(response.Get("addToCart", "errors")).Should().Equal("VALIDATION_FAILED");
    }

    [Fact]
    public async Task Merging_An_Anonymous_Cart_On_Sign_In_Should_Add_Its_Lines_To_The_Users_Cart()
    {
        var (_, token) = system.NewCustomer();
        var products = await _api.ProductsAsync(2);
        var anonymousCartId = Guid.NewGuid();
        (await _api.AddToCartAsync(null, products[0].Id, 1, anonymousCartId)).Dispose();
        (await _api.AddToCartAsync(null, products[1].Id, 2, anonymousCartId)).Dispose();
        (await _api.AddToCartAsync(token, products[0].Id, 3)).Dispose();

        using var merged = await system.Orders.PostAsync(
            "mutation($id: UUID!) { mergeCart(input: { anonymousCartId: $id }) { cart { itemCount lines { itemId quantity } } errors { ... on Error { code } } } }",
            new { id = anonymousCartId }, token);

        merged.Get("mergeCart", "errors").GetArrayLength().Should().Be(0, merged.Body);
        merged.Get("mergeCart", "cart", "itemCount").GetInt32().Should().Be(6);
        using var anonymousAgain = await system.Orders.PostAsync("query($id: UUID) { cart(cartId: $id) { itemCount } }", new { id = anonymousCartId });
        anonymousAgain.Get("cart", "itemCount").GetInt32().Should().Be(0);
    }
}
