using FluentAssertions;
using Graph.Orders.Tests.Support;
using Graph.Testing.Services;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary><c>checkout</c>: one PENDING order with its <c>order.create</c> event in one transaction, idempotent by key.</summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class CheckoutTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    [Fact]
    public async Task Checkout_Should_Create_One_Pending_Order_With_Price_Snapshot_One_Outbox_Event_And_Empty_The_Cart()
    {
        var (userId, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 2)).Dispose();

        using var response = await _api.CheckoutAsync(token, "key-" + Guid.NewGuid());

        response.Get("checkout", "errors").GetArrayLength().Should().Be(0, response.Body);
        var order = response.Get("checkout", "order");
        var orderId = order.GetProperty("id").GetGuid();
        order.GetProperty("status").GetString().Should().Be("PENDING");
        order.GetProperty("lines")[0].GetProperty("name").GetString().Should().Be(product.Name);
        OrdersApi.Money(order.GetProperty("total")).Should().Be((product.FinalPrice * 2, product.Currency));
        OrdersApi.Money(order.GetProperty("lines")[0].GetProperty("unitPrice")).Should().Be((product.FinalPrice, product.Currency));
        OrdersApi.Money(order.GetProperty("lines")[0].GetProperty("lineTotal")).Should().Be((product.FinalPrice * 2, product.Currency));
        (await system.ScalarAsync<long>("SELECT count(*) FROM orders WHERE user_id = @p0", userId)).Should().Be(1);
        (await system.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'order.created.v1' AND key = @p0", orderId.ToString())).Should().Be(1);
        var payload = await system.ScalarAsync<string>("SELECT payload FROM outbox_messages WHERE type = 'order.created.v1' AND key = @p0", orderId.ToString());
        payload.Should().Contain($"\"customerEmail\":\"c{userId:N}@example.com\"").And.Contain("\"kind\":\"PRODUCT\"");
        using var cart = await system.Orders.PostAsync("{ cart { itemCount total { amount } } }", accessToken: token);
        cart.Get("cart", "itemCount").GetInt32().Should().Be(0);
        cart.Get("cart", "total").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "an empty cart has no currency");
    }

    [Fact]
    public async Task An_Item_Added_While_Checkout_Waits_For_Prices_Should_Be_Priced_And_Ordered_Too()
    {
        // Checkout asks the Catalog for prices before it locks the cart, so the cart can change meanwhile (and nothing
        // in the database waits on the Catalog). Here the second item arrives exactly then.
        var (_, token) = system.NewCustomer();
        var products = await _api.ProductsAsync(2);
        (await _api.AddToCartAsync(token, products[0].Id, 1)).Dispose();
        system.BeforeCatalogRequest = async () =>
        {
            system.BeforeCatalogRequest = null;
            using var added = await _api.AddToCartAsync(token, products[1].Id, 2);
            added.Errors.Should().BeEmpty(added.Body);
        };

        GraphQLResponse response;
        try
        {
            response = await _api.CheckoutAsync(token, "key-" + Guid.NewGuid());
        }
        finally
        {
            system.BeforeCatalogRequest = null;
        }

        using (response)
        {
            response.Get("checkout", "errors").GetArrayLength().Should().Be(0, response.Body);
            var lines = response.Get("checkout", "order", "lines").EnumerateArray()
                .Select(l => (l.GetProperty("itemId").GetGuid(), l.GetProperty("quantity").GetInt32(), OrdersApi.Money(l.GetProperty("unitPrice")))).ToList();
            lines.Should().BeEquivalentTo(new[]
            {
                (products[0].Id, 1, (products[0].FinalPrice, products[0].Currency)),
                (products[1].Id, 2, (products[1].FinalPrice, products[1].Currency)),
            });
        }
    }

    [Fact]
    public async Task The_Order_Created_Event_Should_Reach_Kafka_On_Order_Create()
    {
        var (_, _, orderId) = await _api.PlacedOrderAsync();

        var written = await system.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE topic = 'order.create'");
        var records = await system.Kafka.ConsumeAsync("order.create", (int)written);

        records.Should().Contain(r => r.Key == orderId.ToString() && r.Text.Contains("\"type\":\"order.created.v1\""));
    }

    [Fact]
    public async Task The_Same_Idempotency_Key_Again_Should_Return_The_Same_Order_And_Create_No_Second()
    {
        var (userId, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        var key = "key-" + Guid.NewGuid();

        using var first = await _api.CheckoutAsync(token, key);
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        using var second = await _api.CheckoutAsync(token, key);

        second.Get("checkout", "order", "id").GetGuid().Should().Be(first.Get("checkout", "order", "id").GetGuid());
        (await system.ScalarAsync<long>("SELECT count(*) FROM orders WHERE user_id = @p0", userId)).Should().Be(1);
        (await system.ScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE type = 'order.created.v1' AND payload LIKE @p0", $"%{userId}%")).Should().Be(1);
    }

    [Fact]
    public async Task Concurrent_Checkouts_With_One_Idempotency_Key_Should_Create_One_Order()
    {
        var (userId, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        (await _api.AddToCartAsync(token, product.Id, 1)).Dispose();
        var key = "key-" + Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _api.CheckoutAsync(token, key)));

        var ids = responses.Select(r => r.Get("checkout", "order", "id").GetGuid()).Distinct().ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        ids.Should().HaveCount(1);
        (await system.ScalarAsync<long>("SELECT count(*) FROM orders WHERE user_id = @p0", userId)).Should().Be(1);
    }

    [Fact]
    public async Task Checkout_Of_An_Empty_Cart_Should_Be_Refused_With_Cart_Empty()
    {
        var (_, token) = system.NewCustomer();

        using var response = await _api.CheckoutAsync(token, "key-" + Guid.NewGuid());

        OrdersApi.ErrorCodes(response.Get("checkout", "errors")).Should().Equal("CART_EMPTY");
    }

    [Fact]
    public async Task Checkout_Without_Signing_In_Should_Be_Refused()
    {
        using var response = await system.Orders.PostAsync(
            "mutation { checkout(input: { paymentMethodId: \"pm\", shippingAddressId: \"a\", idempotencyKey: \"k\" }) { order { id } } }");

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
        response.Data.ValueKind.Should().BeOneOf(System.Text.Json.JsonValueKind.Null, System.Text.Json.JsonValueKind.Undefined);
    }
}
