using FluentAssertions;
using Graph.Orders.Tests.Support;
using Xunit;

namespace Graph.Orders.Tests;

/// <summary>
/// <c>totalCount</c> of <c>myOrders</c> and <c>User.orders</c>: the number of all the user's orders whatever the page,
/// counted within what the caller may read.
/// </summary>
[Collection(OrdersSystemCollection.Name)]
public sealed class TotalCountTests(OrdersSystemFixture system)
{
    private readonly OrdersApi _api = new(system);

    [Fact]
    public async Task My_Orders_Total_Count_Should_Count_Every_Order_Of_The_Caller_While_The_Page_Is_Smaller()
    {
        var (_, token) = await CustomerWithOrdersAsync(3);
        const string query = "query($after: String) { myOrders(first: 2, after: $after) { totalCount nodes { id } pageInfo { endCursor } } }";

        using var page1 = await system.Orders.PostAsync(query, accessToken: token);
        var cursor = page1.Get("myOrders", "pageInfo", "endCursor").GetString();
        using var page2 = await system.Orders.PostAsync(query, new { after = cursor }, token);

        page1.Errors.Should().BeEmpty(page1.Body);
        page1.Get("myOrders", "nodes").GetArrayLength().Should().Be(2);
        page1.Get("myOrders", "totalCount").GetInt32().Should().Be(3);
        page2.Get("myOrders", "nodes").GetArrayLength().Should().Be(1);
        page2.Get("myOrders", "totalCount").GetInt32().Should().Be(3, "the total ignores the cursor");
    }

    [Fact]
    public async Task User_Orders_Total_Count_Should_Count_Every_Order_Of_The_User_For_The_User_And_Admins()
    {
        var (userId, token) = await CustomerWithOrdersAsync(2);
        const string query = "query($id: ID!) { userById(id: $id) { orders(first: 1) { totalCount nodes { id } } } }";

        using var asUser = await system.Orders.PostAsync(query, new { id = userId }, token);
        using var asAdmin = await system.Orders.PostAsync(query, new { id = userId }, system.AdminToken());

        asUser.Errors.Should().BeEmpty(asUser.Body);
        asUser.Get("userById", "orders", "nodes").GetArrayLength().Should().Be(1);
        asUser.Get("userById", "orders", "totalCount").GetInt32().Should().Be(2);
        asAdmin.Get("userById", "orders", "totalCount").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Another_Customer_Should_Count_Only_Their_Own_Orders_And_Not_Read_The_Users_Total()
    {
        var (userId, _) = await CustomerWithOrdersAsync(2);
        var (_, otherToken) = system.NewCustomer();

        using var mine = await system.Orders.PostAsync("{ myOrders(first: 1) { totalCount } }", accessToken: otherToken);
        using var theirs = await system.Orders.PostAsync(
            "query($id: ID!) { userById(id: $id) { orders(first: 1) { totalCount } } }", new { id = userId }, otherToken);

        mine.Get("myOrders", "totalCount").GetInt32().Should().Be(0);
        theirs.ErrorCodes.Should().Contain("FORBIDDEN");
        theirs.Body.Should().NotContain("\"totalCount\"");
    }

    /// <summary>A new customer with <paramref name="count"/> PENDING orders of one unit of the first demo product each.</summary>
    private async Task<(Guid UserId, string Token)> CustomerWithOrdersAsync(int count)
    {
        var (userId, token) = system.NewCustomer();
        var product = (await _api.ProductsAsync(1))[0];
        for (var i = 0; i < count; i++)
        {
            using (var added = await _api.AddToCartAsync(token, product.Id, 1))
            {
                added.Get("addToCart", "errors").GetArrayLength().Should().Be(0, added.Body);
            }

            using var checkout = await _api.CheckoutAsync(token, Guid.NewGuid().ToString());
            checkout.Get("checkout", "errors").GetArrayLength().Should().Be(0, checkout.Body);
        }

        return (userId, token);
    }
}
