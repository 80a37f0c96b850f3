using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Graph.Gateway.Tests.EndToEnd;
using Graph.Testing.Polling;
using Graph.Testing.Services;
using Xunit;

namespace Graph.Gateway.Tests.Caching;

/// <summary>
/// Issue 7's "a cached query served from Redis and evicted by a change event", on the real services: the fixture's
/// caching gateway (Redis + Kafka) over real Users, Catalog, Reviews, Orders, ... with its subgraph requests counted.
/// </summary>
[Collection(GatewaySystemCollection.Name)]
public sealed class ResponseCacheEndToEndTests(GatewaySystemFixture system)
{
    private const string ProductQuery = "query Product($id: ID!) { productById(id: $id) { name brand price { amount currency } } }";

    private readonly GatewayClient _client = new(system);

    private ServiceHost Gateway => system.CachingGateway;

    private SubgraphRequestCounter Requests => system.CachingGatewayRequests;

    [Fact]
    public async Task A_Product_Query_Should_Be_Served_From_Redis_The_Second_Time_And_Evicted_By_Its_Change()
    {
        var (id, name) = await _client.ProductAsync(17);

        var first = await PostAsync(ProductQuery, new { id });
        var catalogCalls = Requests.Count("catalog");
        var second = await PostAsync(ProductQuery, new { id });

        first.Body.Should().Be(second.Body);
        first.Data.GetProperty("productById").GetProperty("name").GetString().Should().Be(name);
        Requests.Count("catalog").Should().Be(catalogCalls, "the second answer comes from Redis, not the Catalog");
        first.CacheControl.Should().Be("max-age=60, public");
        second.CacheControl.Should().MatchRegex(@"^max-age=\d+, public$");

        var admin = await _client.SignInAsAdminAsync();
        var renamed = name + " (cache test)";
        await RenameAsync(admin, id, renamed);
        try
        {
            // catalog.changed names Product:<id>; the gateway's consumer evicts the entry, then the read goes to the Catalog.
            var fresh = await Eventually.UntilAsync(
                () => PostAsync(ProductQuery, new { id }),
                r => r.Data.GetProperty("productById").GetProperty("name").GetString() == renamed,
                "the rename's catalog.changed to evict the cached product");
            fresh.CacheControl.Should().Be("max-age=60, public");
            Requests.Count("catalog").Should().BeGreaterThan(catalogCalls);
        }
        finally
        {
            await RenameAsync(admin, id, name);
        }
    }

    [Fact]
    public async Task A_Private_Query_Should_Be_Cached_Per_User_And_Never_Served_To_Another()
    {
        var alice = await _client.SignInAsync("alice@graph.local");
        var bob = await _client.SignInAsync("bob@graph.local");
        const string Me = "{ me { id displayName email } }";

        var aliceFirst = await PostAsync(Me, null, alice);
        var usersCalls = Requests.Count("users");
        var aliceSecond = await PostAsync(Me, null, alice);
        var usersAfterHit = Requests.Count("users");
        var bobs = await PostAsync(Me, null, bob);
        var anonymous = await PostAsync(Me, null);

        aliceFirst.CacheControl.Should().Be("max-age=60, private");
        aliceSecond.Body.Should().Be(aliceFirst.Body);
        usersAfterHit.Should().Be(usersCalls, "alice's second read is her cached entry");
        bobs.Data.GetProperty("me").GetProperty("email").GetString().Should().Be("bob@graph.local");
        Requests.Count("users").Should().BeGreaterThan(usersAfterHit, "bob's read is not alice's entry");
        anonymous.Body.Should().NotContain("alice@graph.local");
        anonymous.CacheControl.Should().Be("no-store");
    }

    [Fact]
    public async Task A_Query_With_An_Uncached_Field_Should_Not_Be_Cached_And_Say_No_Store()
    {
        var carol = await _client.SignInAsync("carol@graph.local");
        const string Orders = "{ myOrders(first: 5) { nodes { id status } } }";

        var first = await PostAsync(Orders, null, carol);
        var ordersCalls = Requests.Count("orders");
        var second = await PostAsync(Orders, null, carol);

        first.CacheControl.Should().Be("no-store", first.Body);
        second.CacheControl.Should().Be("no-store");
        Requests.Count("orders").Should().BeGreaterThan(ordersCalls, "an uncached query always reaches its subgraph");
    }

    [Fact]
    public async Task Mutations_And_Responses_With_Errors_Should_Say_No_Store()
    {
        var mutation = await PostAsync(
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }",
            new { input = new { email = "eve@graph.local", password = GatewayClient.CustomerPassword } });
        var failing = await PostAsync(ProductQuery, new { id = "not-a-uuid" });

        mutation.CacheControl.Should().Be("no-store");
        failing.CacheControl.Should().Be("no-store", failing.Body);
        failing.Body.Should().Contain("\"errors\"");
    }

    private async Task RenameAsync(string adminToken, Guid id, string name)
    {
        var result = await PostAsync(
            "mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { name } errors { __typename } } }",
            new { input = new { id, name } }, adminToken);
        result.Data.GetProperty("updateProduct").GetProperty("errors").GetArrayLength().Should().Be(0, result.Body);
    }

    private async Task<CachedHttpResponse> PostAsync(string query, object? variables, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Gateway.GraphQLEndpoint)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }, JsonSerializerOptions.Web), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Gateway.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new CachedHttpResponse(body, response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? values.ToString() : "");
    }

    private sealed record CachedHttpResponse(string Body, string CacheControl)
    {
        public JsonElement Data => JsonDocument.Parse(Body).RootElement.GetProperty("data");
    }
}
