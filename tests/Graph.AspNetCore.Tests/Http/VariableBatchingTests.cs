using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>Variable batching: <c>variables</c> as a list of maps runs the operation once per map, answered as a JSON list in order.</summary>
public sealed class VariableBatchingTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    [Fact]
    public async Task A_Variable_List_Should_Be_Answered_With_One_Result_Per_Set_In_Order()
    {
        using var request = HttpRequests.PostJson("""
            {"query":"query($id: ID!) { product(id: $id) { id name } }","variables":[{"id":"3"},{"id":"1"},{"id":"404"}]}
            """);

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            """[{"data":{"product":{"id":"3","name":"Kettle"}}},{"data":{"product":{"id":"1","name":"Mug"}}},{"data":{"product":null}}]""");
    }

    [Fact]
    public async Task A_Set_That_Fails_Coercion_Should_Fail_Alone()
    {
        using var request = HttpRequests.PostJson("""
            {"query":"query($id: ID!) { product(id: $id) { name } }","variables":[{"id":"2"},{}]}
            """);

        using var response = await fixture.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).Should().Be(200);
        json.RootElement.GetArrayLength().Should().Be(2);
        json.RootElement[0].GetProperty("data").GetProperty("product").GetProperty("name").GetString().Should().Be("Tea");
        json.RootElement[1].TryGetProperty("data", out _).Should().BeFalse();
        json.RootElement[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_Batch_Without_Any_Data_Should_Carry_The_Request_Error_Status()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ nope }","variables":[{},{}]}""");

        using var response = await fixture.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        ((int)response.StatusCode).Should().Be(400);
        json.RootElement.GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Mutations_Should_Run_Their_Sets_In_Order()
    {
        using var request = HttpRequests.PostJson("""
            {"query":"mutation($n: String!) { addProduct(name: $n, price: 1) { id name } }","variables":[{"n":"A"},{"n":"B"},{"n":"C"}]}
            """);

        using var response = await fixture.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var ids = json.RootElement.EnumerateArray().Select(r => int.Parse(r.GetProperty("data").GetProperty("addProduct").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ids.Should().BeInAscendingOrder();
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("data").GetProperty("addProduct").GetProperty("name").GetString()).Should().Equal("A", "B", "C");
    }

    [Fact]
    public async Task An_Empty_Variable_List_Should_Be_400()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ hello }","variables":[]}""");

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
    }

    [Fact]
    public async Task Batches_Over_The_Limit_Should_Be_400_And_Batching_Can_Be_Switched_Off()
    {
        await using var limited = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Http.MaxVariableBatchSize = 2));
        await using var off = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Http.EnableVariableBatching = false));
        using var client = new HttpClient();
        const string body = """{"query":"{ hello }","variables":[{},{},{}]}""";

        using var tooMany = await client.SendAsync(Post(limited, body));
        using var disabled = await client.SendAsync(Post(off, body));

        ((int)tooMany.StatusCode).Should().Be(400);
        (await tooMany.Content.ReadAsStringAsync()).Should().Contain("HTTP_BATCH_TOO_LARGE");
        ((int)disabled.StatusCode).Should().Be(400);
        (await disabled.Content.ReadAsStringAsync()).Should().Contain("HTTP_INVALID_PARAMETER");
    }

    private static HttpRequestMessage Post(GraphQLTestServer server, string body) =>
        HttpRequests.Create("POST", server.GraphQLEndpoint.ToString(), "application/json", "application/graphql-response+json", body);
}
