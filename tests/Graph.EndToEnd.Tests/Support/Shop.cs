using FluentAssertions;
using Graph.Testing.Polling;
using Graph.Testing.Services;

namespace Graph.EndToEnd.Tests.Support;

/// <summary>What a client of the running product does: sign in on Users, read and restock the Catalog, shop on Orders.</summary>
public sealed class Shop(CheckoutSystemFixture system)
{
    /// <summary>The demo accounts' password (subgraphs/Users/DemoData/README.md).</summary>
    public const string CustomerPassword = "graph-customer-demo-2026";

    public const string AdminEmail = "admin@graph.local";

    public const string AdminPassword = "graph-admin-demo-2026";

    public const string FinalStatuses = "PAID PAYMENT_FAILED REJECTED";

    /// <summary>Signs in on the Users service; returns the access token it issued.</summary>
    public async Task<string> SignInAsync(string email, string password = CustomerPassword)
    {
        using var response = await system.Users.PostAsync(
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken errors { __typename ... on Error { code message } } } }",
            new { input = new { email, password } });
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("signIn", "accessToken").GetString() ?? throw new InvalidOperationException($"No token: {response.Body}");
    }

    /// <summary>The signed-in user's id, from the Users service's <c>me</c>.</summary>
    public async Task<Guid> MeAsync(string token)
    {
        using var response = await system.Users.PostAsync("{ me { id } }", accessToken: token);
        response.Errors.Should().BeEmpty(response.Body);
        return response.Get("me", "id").GetGuid();
    }

    /// <summary>The id of the <paramref name="index"/>-th demo product (by the Catalog's default order).</summary>
    public async Task<Guid> ProductAsync(int index)
    {
        using var response = await system.Catalog.PostAsync("{ products(first: 20) { nodes { id } } }");
        response.Errors.Should().BeEmpty(response.Body);
        var nodes = response.Get("products", "nodes");
        nodes.GetArrayLength().Should().BeGreaterThan(index, response.Body);
        return nodes[index].GetProperty("id").GetGuid();
    }

    /// <summary>A product's units on hand and reserved, as the admin sees them.</summary>
    public async Task<(int OnHand, int Reserved)> InventoryAsync(string adminToken, Guid productId)
    {
        using var response = await system.Catalog.PostAsync(
            "query($id: ID!) { productById(id: $id) { inventory { onHand reserved } } }", new { id = productId }, adminToken);
        response.Errors.Should().BeEmpty(response.Body);
        var inventory = response.Get("productById", "inventory");
        return (inventory.GetProperty("onHand").GetInt32(), inventory.GetProperty("reserved").GetInt32());
    }

    /// <summary>Sets a product's units on hand through the Catalog's admin mutation.</summary>
    public async Task SetOnHandAsync(string adminToken, Guid productId, int onHand)
    {
        using var response = await system.Catalog.PostAsync(
            "mutation($input: AdjustInventoryInput!) { adjustInventory(input: $input) { inventory { onHand } errors { __typename ... on Error { code message } } } }",
            new { input = new { productId, onHand } }, adminToken);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("adjustInventory", "errors").GetArrayLength().Should().Be(0, response.Body);
    }

    /// <summary>Waits (at most 20 s) until the product's reserved units are <paramref name="reserved"/>; returns them.</summary>
    public async Task<int> WaitForReservedAsync(string adminToken, Guid productId, int reserved) =>
        await Eventually.UntilAsync(
            async () => (await InventoryAsync(adminToken, productId)).Reserved, r => r == reserved, $"{reserved} reserved units of {productId}", Wait);

    public async Task AddToCartAsync(string token, Guid productId, int quantity)
    {
        using var response = await system.Orders.PostAsync(
            "mutation($input: CartItemInput!) { addToCart(input: $input) { cart { itemCount } errors { __typename ... on Error { code message } } } }",
            new { input = new { kind = "PRODUCT", itemId = productId, quantity } }, token);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("addToCart", "errors").GetArrayLength().Should().Be(0, response.Body);
    }

    /// <summary>Checks the cart out; returns the PENDING order's id.</summary>
    public async Task<Guid> CheckoutAsync(string token, string paymentMethodId)
    {
        using var response = await system.Orders.PostAsync(
            "mutation($input: CheckoutInput!) { checkout(input: $input) { order { id status } errors { __typename ... on Error { code message } } } }",
            new { input = new { paymentMethodId, shippingAddressId = "e2e-address", idempotencyKey = Guid.NewGuid().ToString() } }, token);
        response.Errors.Should().BeEmpty(response.Body);
        response.Get("checkout", "errors").GetArrayLength().Should().Be(0, response.Body);
        response.Get("checkout", "order", "status").GetString().Should().Be("PENDING");
        return response.Get("checkout", "order", "id").GetGuid();
    }

    /// <summary>Adds <paramref name="quantity"/> of a product and checks out.</summary>
    public async Task<Guid> OrderAsync(string token, Guid productId, int quantity, string paymentMethodId)
    {
        await AddToCartAsync(token, productId, quantity);
        return await CheckoutAsync(token, paymentMethodId);
    }

    /// <summary>The order as <paramref name="token"/>'s user reads it on Orders.</summary>
    public Task<GraphQLResponse> ReadOrderAsync(string token, Guid orderId) =>
        system.Orders.PostAsync("query($id: ID!) { order(id: $id) { id status statusHistory { status } } }", new { id = orderId }, token);

    /// <summary>Waits (at most 20 s) for the order to reach a final saga status (PAID, PAYMENT_FAILED or REJECTED); returns it.</summary>
    public Task<string> WaitForOutcomeAsync(string token, Guid orderId) =>
        Eventually.UntilAsync(async () =>
        {
            using var response = await ReadOrderAsync(token, orderId);
            response.Errors.Should().BeEmpty(response.Body);
            return response.Get("order", "status").GetString()!;
        }, status => FinalStatuses.Split(' ').Contains(status), $"order {orderId} to reach a final status", Wait);

    /// <summary>The statuses the order went through, oldest first.</summary>
    public async Task<string[]> HistoryAsync(string token, Guid orderId)
    {
        using var response = await ReadOrderAsync(token, orderId);
        response.Errors.Should().BeEmpty(response.Body);
        return [.. response.Get("order", "statusHistory").EnumerateArray().Select(s => s.GetProperty("status").GetString()!)];
    }

    /// <summary>How long the shop waits for an asynchronous effect (a reservation, an order's outcome).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
}
