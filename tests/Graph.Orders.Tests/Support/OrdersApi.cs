using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Polling;
using Graph.Testing.Services;

namespace Graph.Orders.Tests.Support;

/// <summary>The GraphQL calls the tests repeat: demo products from the Catalog, carts and checkout on Orders.</summary>
public sealed class OrdersApi(OrdersSystemFixture system)
{
    public const string OrderFields = "id status total { amount currency } lines { kind itemId name unitPrice { amount currency } quantity lineTotal { amount currency } } statusHistory { status at }";

    /// <summary>Demo products of the Catalog with their final prices.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, decimal FinalPrice, string Currency)>> ProductsAsync(int count)
    {
        using var response = await system.Catalog.PostAsync($"{{ products(first: {count}) {{ nodes {{ id name finalPrice {{ amount currency }} }} }} }}");
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("products", "nodes").EnumerateArray()
            .Select(n => (
                n.GetProperty("id").GetGuid(),
                n.GetProperty("name").GetString()!,
                decimal.Parse(n.GetProperty("finalPrice").GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                n.GetProperty("finalPrice").GetProperty("currency").GetString()!))
            .ToList();
    }

    public Task<GraphQLResponse> AddToCartAsync(string? token, Guid itemId, int quantity, Guid? cartId = null, string kind = "PRODUCT") =>
        system.Orders.PostAsync(
            "mutation($input: CartItemInput!) { addToCart(input: $input) { cart { total { amount currency } itemCount lines { itemId name unitPrice { amount currency } quantity lineTotal { amount currency } } } errors { __typename ... on Error { code message } } } }",
            new { input = new { kind, itemId, quantity, cartId } }, token);

    public Task<GraphQLResponse> CheckoutAsync(string token, string idempotencyKey) =>
        system.Orders.PostAsync(
            $"mutation($input: CheckoutInput!) {{ checkout(input: $input) {{ order {{ {OrderFields} }} errors {{ __typename ... on Error {{ code message }} }} }} }}",
            new { input = new { paymentMethodId = "pm_card_visa", shippingAddressId = "addr_1", idempotencyKey } }, token);

    /// <summary>A new customer with a PENDING order of one unit of the first demo product.</summary>
    public async Task<(Guid UserId, string Token, Guid OrderId)> PlacedOrderAsync()
    {
        var (userId, token) = system.NewCustomer();
        var product = (await ProductsAsync(1))[0];
        using (var added = await AddToCartAsync(token, product.Id, 1))
        {
            added.Get("addToCart", "errors").GetArrayLength().Should().Be(0, added.Body);
        }

        using var checkout = await CheckoutAsync(token, Guid.NewGuid().ToString());
        return (userId, token, checkout.Get("checkout", "order", "id").GetGuid());
    }

    public async Task<string> StatusAsync(Guid orderId)
    {
        return await system.ScalarAsync<string>("SELECT status FROM orders WHERE id = @p0", orderId);
    }

    /// <summary>Waits until the order's status is <paramref name="expected"/>; the consumer is asynchronous.</summary>
    public Task WaitForStatusAsync(Guid orderId, string expected) =>
        Eventually.UntilAsync(() => StatusAsync(orderId), status => status == expected, $"order {orderId} to be {expected}");

    /// <summary>The <c>Money</c> object <paramref name="money"/> as (amount, currency).</summary>
    public static (decimal Amount, string Currency) Money(JsonElement money) =>
        (decimal.Parse(money.GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture), money.GetProperty("currency").GetString()!);

    public static string[] ErrorCodes(JsonElement errors) =>
        errors.EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();
}
