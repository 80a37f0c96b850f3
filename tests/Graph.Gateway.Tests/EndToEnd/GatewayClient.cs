using FluentAssertions;
using Graph.Testing.Polling;
using Graph.Testing.Services;

namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>What a web or mobile client does, every request through the gateway's one URL.</summary>
public sealed class GatewayClient(GatewaySystemFixture system)
{
    public const string CustomerPassword = "graph-customer-demo-2026";

    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private ServiceHost Gateway => system.Gateway;

    public async Task<string> SignInAsync(string email, string password = CustomerPassword)
    {
        using var response = await Gateway.PostAsync(
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { __typename } } }",
            new { input = new { email, password } });
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("signIn", "accessToken").GetString() ?? throw new InvalidOperationException($"No token: {response.Body}");
    }

    public Task<string> SignInAsAdminAsync() => SignInAsync("admin@graph.local", "graph-admin-demo-2026");

    /// <summary>The <paramref name="index"/>-th demo product: its id and name, from the Catalog.</summary>
    public async Task<(Guid Id, string Name)> ProductAsync(int index)
    {
        using var response = await Gateway.PostAsync("{ products(first: 20) { nodes { id name } } }");
        response.Errors.Should().BeEmpty(response.Body);
        var node = response.Get("products", "nodes")[index];
        return (node.GetProperty("id").GetGuid(), node.GetProperty("name").GetString()!);
    }

    public async Task SetOnHandAsync(string adminToken, Guid productId, int onHand)
    {
        using var response = await Gateway.PostAsync(
            "mutation($input: AdjustInventoryInput!) { adjustInventory(input: $input) { inventory { onHand } errors { __typename } } }",
            new { input = new { productId, onHand } }, adminToken);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("adjustInventory", "errors").GetArrayLength().Should().Be(0, response.Body);
    }

    public async Task AddToCartAsync(string token, Guid productId, int quantity)
    {
        using var response = await Gateway.PostAsync(
            "mutation($input: CartItemInput!) { addToCart(input: $input) { cart { itemCount } errors { __typename } } }",
            new { input = new { kind = "PRODUCT", itemId = productId, quantity } }, token);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("addToCart", "errors").GetArrayLength().Should().Be(0, response.Body);
    }

    /// <summary>Checks the cart out; returns the PENDING order's id.</summary>
    public async Task<Guid> CheckoutAsync(string token, string paymentMethodId = "pm_card_visa")
    {
        using var response = await Gateway.PostAsync(
            "mutation($input: CheckoutInput!) { checkout(input: $input) { order { id status } errors { __typename } } }",
            new { input = new { paymentMethodId, shippingAddressId = "gateway-e2e-address", idempotencyKey = Guid.NewGuid().ToString() } }, token);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("checkout", "errors").GetArrayLength().Should().Be(0, response.Body);
        return response.Get("checkout", "order", "id").GetGuid();
    }

    /// <summary>Restocks a product, puts it in the cart and checks out.</summary>
    public async Task<Guid> OrderAsync(string token, string adminToken, Guid productId, int quantity)
    {
        await SetOnHandAsync(adminToken, productId, 50);
        await AddToCartAsync(token, productId, quantity);
        return await CheckoutAsync(token);
    }

    public Task<string> WaitForStatusAsync(string token, Guid orderId, string status) =>
        Eventually.UntilAsync(async () =>
        {
            using var response = await Gateway.PostAsync("query($id: ID!) { order(id: $id) { status } }", new { id = orderId }, token);
            response.Errors.Should().BeEmpty(response.Body);
            return response.Get("order", "status").GetString()!;
        }, s => s == status, $"order {orderId} to be {status}", Wait);
}
