using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>
/// Variable batching (docs/fusion.md "Variable batching"): <c>variables</c> as a list of maps runs the query once per
/// map in one request scope and answers JSON Lines, each line carrying its <c>variableIndex</c>.
/// </summary>
public sealed class VariableBatchingTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    private const string JsonLines = "application/jsonl";

    [Fact]
    public async Task A_Variable_List_Should_Be_Answered_In_Json_Lines_With_One_Line_Per_Set()
    {
        using var request = HttpRequests.PostJson("""
            {"query":"query($id: ID!) { product(id: $id) { id name } }","variables":[{"id":"3"},{"id":"1"},{"id":"404"}]}
            """, JsonLines);

        using var response = await fixture.Client.SendAsync(request);
        var lines = await ReadLinesAsync(response);

        ((int)response.StatusCode).Should().Be(200);
        HttpRequests.ContentTypeOf(response).Should().Be("application/jsonl; charset=utf-8");
        lines.Select(l => l.GetRawText()).Should().BeEquivalentTo(
            """{"data":{"product":{"id":"3","name":"Kettle"}},"variableIndex":0}""",
            """{"data":{"product":{"id":"1","name":"Mug"}},"variableIndex":1}""",
            """{"data":{"product":null},"variableIndex":2}""");
    }

    [Fact]
    public async Task A_Set_That_Fails_Coercion_Should_Fail_Alone()
    {
        using var request = HttpRequests.PostJson("""
            {"query":"query($id: ID!) { product(id: $id) { name } }","variables":[{"id":"2"},{}]}
            """, JsonLines);

        using var response = await fixture.Client.SendAsync(request);
        var lines = ByIndex(await ReadLinesAsync(response));

        ((int)response.StatusCode).Should().Be(200);
        lines[0].GetProperty("data").GetProperty("product").GetProperty("name").GetString().Should().Be("Tea");
        lines[1].TryGetProperty("data", out _).Should().BeFalse();
        lines[1].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_Batch_Without_Any_Data_Should_Carry_The_Request_Error_Status_And_An_Error_Per_Line()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ nope }","variables":[{},{}]}""", JsonLines);

        using var response = await fixture.Client.SendAsync(request);
        var lines = ByIndex(await ReadLinesAsync(response));

        ((int)response.StatusCode).Should().Be(400);
        lines.Keys.Should().BeEquivalentTo([0, 1]);
        lines.Values.Should().OnlyContain(l => l.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_Batch_Whose_Accept_Lacks_Json_Lines_Should_Be_400_Batch_Not_Accepted()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ hello }","variables":[{},{}]}""", "application/graphql-response+json, application/json");

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        (await CodeOfAsync(response)).Should().Be("HTTP_BATCH_NOT_ACCEPTED");
    }

    [Fact]
    public async Task A_Single_Request_Accepting_Only_Json_Lines_Should_Be_406()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ hello }","variables":{}}""", JsonLines);

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(406);
        (await CodeOfAsync(response)).Should().Be("HTTP_NOT_ACCEPTABLE");
    }

    [Fact]
    public async Task A_Batched_Mutation_Should_Be_405_And_Run_No_Set()
    {
        var before = await ProductCountAsync();
        using var request = HttpRequests.PostJson("""
            {"query":"mutation($n: String!) { addProduct(name: $n, price: 1) { id } }","variables":[{"n":"A"},{"n":"B"}]}
            """, JsonLines);

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(405);
        response.Content.Headers.Allow.Should().Contain("POST");
        (await CodeOfAsync(response)).Should().Be("HTTP_METHOD_NOT_ALLOWED");
        (await ProductCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task A_Batched_Subscription_Should_Be_400()
    {
        using var request = HttpRequests.PostJson("""{"query":"subscription { productAdded { id } }","variables":[{}]}""", JsonLines);

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        (await CodeOfAsync(response)).Should().Be("HTTP_SUBSCRIPTION_NOT_SUPPORTED");
    }

    [Fact]
    public async Task An_Empty_Variable_List_Should_Be_400_Batch_Empty()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ hello }","variables":[]}""", JsonLines);

        using var response = await fixture.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(400);
        (await CodeOfAsync(response)).Should().Be("HTTP_BATCH_EMPTY");
    }

    [Fact]
    public async Task Batches_Over_The_Limit_Should_Be_400_And_Batching_Can_Be_Switched_Off()
    {
        await using var limited = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Http.MaxVariableBatchSize = 2));
        await using var off = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Http.EnableVariableBatching = false));
        using var client = new HttpClient();
        const string body = """{"query":"{ hello }","variables":[{},{},{}]}""";

        using var tooMany = await client.SendAsync(Post(limited, body));
        using var disabled = await client.SendAsync(HttpRequests.Create("POST", off.GraphQLEndpoint.ToString(), "application/json", "application/jsonl, application/json", body));

        ((int)tooMany.StatusCode).Should().Be(400);
        (await CodeOfAsync(tooMany)).Should().Be("HTTP_BATCH_TOO_LARGE");
        ((int)disabled.StatusCode).Should().Be(400);
        (await CodeOfAsync(disabled)).Should().Be("HTTP_INVALID_PARAMETER");
    }

    [Fact]
    public void The_Default_Limit_Should_Be_1024_Sets()
    {
        new Graph.AspNetCore.Http.HttpTransportOptions().MaxVariableBatchSize.Should().Be(1024);
    }

    private async Task<int> ProductCountAsync()
    {
        using var request = HttpRequests.PostJson("""{"query":"{ products(first: 1000) { id } }"}""");
        using var response = await fixture.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("products").GetArrayLength();
    }

    private static HttpRequestMessage Post(GraphQLTestServer server, string body) =>
        HttpRequests.Create("POST", server.GraphQLEndpoint.ToString(), "application/json", JsonLines, body);

    /// <summary>The JSON Lines body: one JSON object per line, cloned out of their documents.</summary>
    internal static async Task<List<JsonElement>> ReadLinesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        body.Should().EndWith("\n");
        return body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                return json.RootElement.Clone();
            })
            .ToList();
    }

    internal static Dictionary<int, JsonElement> ByIndex(IEnumerable<JsonElement> lines) =>
        lines.ToDictionary(l => l.GetProperty("variableIndex").GetInt32());

    private static async Task<string?> CodeOfAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }
}
