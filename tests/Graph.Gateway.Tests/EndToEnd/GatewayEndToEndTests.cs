using System.Net;
using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Http;
using Graph.Testing.Subscriptions;
using Xunit;
using Xunit.Abstractions;

namespace Graph.Gateway.Tests.EndToEnd;

/// <summary>The product through its gateway: one URL, queries across subgraphs, mutations, subscriptions, failures, identity.</summary>
[Collection(GatewaySystemCollection.Name)]
public sealed class GatewayEndToEndTests(GatewaySystemFixture system, ITestOutputHelper output)
{
    private readonly GatewayClient _client = new(system);

    [Fact]
    public async Task My_Orders_Should_Carry_Each_Lines_Product_Name_From_The_Catalog_And_The_User_Their_Orders()
    {
        var admin = await _client.SignInAsAdminAsync();
        var alice = await _client.SignInAsync("alice@graph.local");
        var product = await _client.ProductAsync(1);
        var orderId = await _client.OrderAsync(alice, admin, product.Id, 2);

        using var mine = await system.Gateway.PostAsync(
            "{ myOrders(first: 50) { nodes { id lines { quantity product { id name } } } } }", accessToken: alice);
        using var me = await system.Gateway.PostAsync("{ me { email orders(first: 50) { totalCount nodes { id } } } }", accessToken: alice);
        using var firstOnly = await system.Gateway.PostAsync("{ me { orders(first: 1) { totalCount nodes { id } } } }", accessToken: alice);

        mine.Errors.Should().BeEmpty(mine.Body);
        var order = mine.Get("myOrders", "nodes").EnumerateArray().Single(o => o.GetProperty("id").GetGuid() == orderId);
        var line = order.GetProperty("lines").EnumerateArray().Single();
        line.GetProperty("quantity").GetInt32().Should().Be(2);
        line.GetProperty("product").GetProperty("name").GetString().Should().Be(product.Name, "the name is the Catalog's, joined by the gateway");
        me.Errors.Should().BeEmpty(me.Body);
        me.Get("me", "email").GetString().Should().Be("alice@graph.local");
        me.Get("me", "orders", "nodes").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).Should().Contain(orderId);
        firstOnly.Errors.Should().BeEmpty(firstOnly.Body);
        firstOnly.Get("me", "orders", "nodes").GetArrayLength().Should().Be(1);
        firstOnly.Get("me", "orders", "totalCount").GetInt32().Should().BeGreaterThanOrEqualTo(me.Get("me", "orders", "nodes").GetArrayLength(),
            "Orders counts the whole list, whatever the page, through the gateway's entity lookup of the user");
    }

    [Fact]
    public async Task A_Mutation_Followed_By_A_Query_Should_See_The_Change_Across_Subgraphs()
    {
        var bob = await _client.SignInAsync("bob@graph.local");
        var product = await _client.ProductAsync(2);

        await _client.AddToCartAsync(bob, product.Id, 3);
        using var cart = await system.Gateway.PostAsync("{ cart { itemCount lines { quantity product { name } } } }", accessToken: bob);

        cart.Errors.Should().BeEmpty(cart.Body);
        cart.Get("cart", "lines").EnumerateArray()
            .Should().Contain(l => l.GetProperty("product").GetProperty("name").GetString() == product.Name && l.GetProperty("quantity").GetInt32() >= 3);
    }

    [Fact]
    public async Task A_Subscription_Through_The_Gateway_Should_See_Pending_Then_Paid()
    {
        var admin = await _client.SignInAsAdminAsync();
        var carol = await _client.SignInAsync("carol@graph.local");
        var product = await _client.ProductAsync(3);
        system.Charges.Close();
        Guid orderId;
        try
        {
            orderId = await _client.OrderAsync(carol, admin, product.Id, 1);
            await using var subscription = await SseSubscription.StartAsync(system.Gateway.GraphQLEndpoint,
                "subscription($id: ID!) { orderStatusChanged(orderId: $id) { status order { lines { product { name } } } } }",
                new { id = orderId }, carol);

            var first = await subscription.NextAsync();
            system.Charges.Open();
            var statuses = new List<string> { Status(first) };
            while (statuses[^1] != "PAID")
            {
                statuses.Add(Status(await subscription.NextAsync()));
            }

            statuses[0].Should().Be("PENDING");
            statuses[^1].Should().Be("PAID");
            first.GetProperty("data").GetProperty("orderStatusChanged").GetProperty("order").GetProperty("lines")[0]
                .GetProperty("product").GetProperty("name").GetString().Should().Be(product.Name, "each event is completed through the plan");
        }
        finally
        {
            system.Charges.Open();
        }
    }

    [Fact]
    public async Task Another_Customers_Order_Should_Stay_Hidden_Through_The_Gateway()
    {
        var admin = await _client.SignInAsAdminAsync();
        var dave = await _client.SignInAsync("dave@graph.local");
        var eve = await _client.SignInAsync("eve@graph.local");
        var orderId = await _client.OrderAsync(dave, admin, (await _client.ProductAsync(4)).Id, 1);

        using var asEve = await system.Gateway.PostAsync("query($id: ID!) { order(id: $id) { id status } }", new { id = orderId }, eve);
        using var anonymous = await system.Gateway.PostAsync("query($id: ID!) { order(id: $id) { id status } }", new { id = orderId });
        using var asDave = await system.Gateway.PostAsync("query($id: ID!) { order(id: $id) { id status } }", new { id = orderId }, dave);

        asEve.Get("order").ValueKind.Should().Be(JsonValueKind.Null, asEve.Body);
        anonymous.Get("order").ValueKind.Should().Be(JsonValueKind.Null, anonymous.Body);
        anonymous.ErrorCodes.Should().Contain("AUTH_NOT_AUTHENTICATED");
        asDave.Get("order", "id").GetGuid().Should().Be(orderId);
    }

    [Fact]
    public async Task A_Stopped_Subgraph_Should_Give_Partial_Data_With_An_Error_At_Its_Path()
    {
        var admin = await _client.SignInAsAdminAsync();
        var alice = await _client.SignInAsync("alice@graph.local");
        var orderId = await _client.OrderAsync(alice, admin, (await _client.ProductAsync(5)).Id, 1);
        const string query = "query($id: ID!) { order(id: $id) { id status lines { quantity product { name } } } }";

        await system.StopAsync("catalog");
        try
        {
            using var response = await system.Gateway.PostAsync(query, new { id = orderId }, alice);

            response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
            response.Get("order", "id").GetGuid().Should().Be(orderId, "Orders still answers");
            response.Get("order", "lines")[0].GetProperty("quantity").GetInt32().Should().Be(1);
            response.Get("order", "lines")[0].GetProperty("product").ValueKind.Should().Be(JsonValueKind.Null);
            var paths = response.Errors.Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString()))).ToList();
            paths.Should().Contain(p => p.StartsWith("order.lines.0.product", StringComparison.Ordinal), response.Body);
        }
        finally
        {
            await system.StartAgainAsync("catalog");
        }
    }

    [Fact]
    public void The_Gateway_Should_Pass_The_Graphql_Http_Audit()
    {
        GraphQLHttpAudit.AssertConforms(system.Gateway.GraphQLEndpoint, output.WriteLine);
    }

    private static string Status(JsonElement result) =>
        result.GetProperty("data").GetProperty("orderStatusChanged").GetProperty("status").GetString()!;
}
