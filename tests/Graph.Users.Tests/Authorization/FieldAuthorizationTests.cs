using System.Net;
using FluentAssertions;
using Graph.Testing.Services;
using Graph.Users.DemoData;
using Graph.Users.Tests.Support;
using Xunit;

namespace Graph.Users.Tests.Authorization;

/// <summary>Addresses and payment methods are the owner's alone, by every path that reaches a <c>User</c>.</summary>
[Collection(UsersServiceCollection.Name)]
public sealed class FieldAuthorizationTests(UsersServiceFixture service)
{
    private const string PrivateFields = "id displayName email addresses { line1 } paymentMethods { last4 }";

    private Task<Session> AliceAsync() => service.Host.SignInAsync("alice@graph.local", DemoPeople.CustomerPassword);

    private Task<Session> BobAsync() => service.Host.SignInAsync("bob@graph.local", DemoPeople.CustomerPassword);

    [Fact]
    public async Task The_Owner_Should_Read_Their_Own_Addresses_And_Payment_Methods_Through_Me()
    {
        var alice = await AliceAsync();

        using var response = await service.Host.PostAsync("{ me { " + PrivateFields + " } }", accessToken: alice.AccessToken);

        response.Errors.Should().BeEmpty(response.Body);
        response.Get("me", "addresses").GetArrayLength().Should().Be(2);
        response.Get("me", "paymentMethods")[0].GetProperty("last4").GetString().Should().Be("4242");
    }

    [Fact]
    public async Task A_Customer_Should_Not_Read_Another_Customers_Private_Fields_Through_User_By_Id()
    {
        var bob = await BobAsync();

        using var response = await service.Host.PostAsync("query($id: ID!) { userById(id: $id) { " + PrivateFields + " } }",
            new { id = DemoPeople.AliceId }, accessToken: bob.AccessToken);

        response.Get("userById", "displayName").GetString().Should().Be("Alice Schneider");
        AssertPrivateFieldsDenied(response, "userById");
        response.ErrorCodes.Should().OnlyContain(c => c == "AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task A_Customer_Should_Not_Read_Another_Customers_Private_Fields_Through_Entities()
    {
        var bob = await BobAsync();

        using var response = await service.Host.PostAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on User { " + PrivateFields + " } } }",
            new { r = new[] { new { __typename = "User", id = DemoPeople.AliceId.ToString() } } }, accessToken: bob.AccessToken);

        var alice = response.Get("_entities")[0];
        alice.GetProperty("displayName").GetString().Should().Be("Alice Schneider");
        alice.GetProperty("addresses").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        alice.GetProperty("paymentMethods").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        alice.GetProperty("email").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        response.ErrorCodes.Should().HaveCount(3).And.OnlyContain(c => c == "AUTH_NOT_AUTHORIZED");
    }

    [Fact]
    public async Task An_Admin_Should_Read_Emails_But_Not_Addresses_Or_Payment_Methods_Of_Others()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync("query($id: ID!) { userById(id: $id) { " + PrivateFields + " } }",
            new { id = DemoPeople.AliceId }, accessToken: admin.AccessToken);

        response.Get("userById", "email").GetString().Should().Be("alice@graph.local");
        response.Get("userById", "addresses").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        response.Get("userById", "paymentMethods").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_Admin_User_List_Should_Not_Reveal_Addresses_Or_Payment_Methods()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);

        using var response = await service.Host.PostAsync(
            "{ users(first: 10, where: { emailContains: \"@graph.local\", role: CUSTOMER }) { totalCount nodes { email addresses { line1 } paymentMethods { last4 } } } }",
            accessToken: admin.AccessToken);

        response.Get("users", "totalCount").GetInt32().Should().Be(5);
        var nodes = response.Get("users", "nodes").EnumerateArray().ToList();
        nodes.Select(n => n.GetProperty("email").GetString()).Should().Contain("alice@graph.local");
        nodes.Should().OnlyContain(n => n.GetProperty("addresses").ValueKind == System.Text.Json.JsonValueKind.Null
            && n.GetProperty("paymentMethods").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_User_List_Should_Refuse_Customers()
    {
        var bob = await BobAsync();

        using var response = await service.Host.PostAsync("{ users(first: 5) { nodes { id } } }", accessToken: bob.AccessToken);

        response.ErrorCodes.Should().Equal("AUTH_NOT_AUTHORIZED");
        response.Data.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_User_List_Should_Page_Without_Repeating_Or_Skipping()
    {
        var admin = await service.Host.SignInAsync("admin@graph.local", DemoPeople.AdminPassword);
        var seen = new List<string>();
        string? after = null;
        do
        {
            using var page = await service.Host.PostAsync(
                "query($after: String) { users(first: 2, after: $after, where: { emailContains: \"graph.local\" }) { nodes { email } pageInfo { hasNextPage endCursor } } }",
                new { after }, accessToken: admin.AccessToken);
            seen.AddRange(page.Get("users", "nodes").EnumerateArray().Select(n => n.GetProperty("email").GetString()!));
            after = page.Get("users", "pageInfo", "hasNextPage").GetBoolean() ? page.Get("users", "pageInfo", "endCursor").GetString() : null;
        }
        while (after is not null);

        seen.Should().Equal("admin@graph.local", "alice@graph.local", "bob@graph.local", "carol@graph.local", "dave@graph.local", "eve@graph.local");
    }

    [Fact]
    public async Task A_Request_Without_A_Token_Should_Get_Only_Public_Fields()
    {
        using var me = await service.Host.PostAsync("{ me { id } }");
        using var byId = await service.Host.PostAsync("query($id: ID!) { userById(id: $id) { " + PrivateFields + " } }", new { id = DemoPeople.AliceId });

        me.ErrorCodes.Should().Equal("AUTH_NOT_AUTHENTICATED");
        byId.Get("userById", "displayName").GetString().Should().Be("Alice Schneider");
        AssertPrivateFieldsDenied(byId, "userById");
        byId.ErrorCodes.Should().OnlyContain(c => c == "AUTH_NOT_AUTHENTICATED");
    }

    [Fact]
    public async Task A_Token_Signed_With_Another_Key_Should_Be_Refused_With_401()
    {
        using var forger = new TestTokens();
        var forged = forger.Create(DemoPeople.AliceId, ["customer", "admin"], "alice@graph.local");

        using var response = await service.Host.PostAsync("{ me { " + PrivateFields + " } }", accessToken: forged);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.ErrorCodes.Should().Equal("AUTH_INVALID_TOKEN");
        response.Body.Should().NotContain("Torstraße");
    }

    private static void AssertPrivateFieldsDenied(GraphQLResponse response, string field)
    {
        foreach (var name in new[] { "email", "addresses", "paymentMethods" })
        {
            response.Get(field, name).ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, name + " must be denied: " + response.Body);
        }

        response.Body.Should().NotContain("Torstraße").And.NotContain("4242");
    }
}
