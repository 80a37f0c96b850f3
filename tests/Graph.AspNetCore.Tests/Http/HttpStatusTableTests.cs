using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Graph.AspNetCore.Tests.Http;

/// <summary>
/// GraphQLOverHTTP.md "Status Codes", "Accept", "GET", "POST" as a table: a request (method, target, Content-Type,
/// Accept, body) and the expected status, media type and body (exact JSON or an error code).
/// </summary>
public sealed class HttpStatusTableTests(HttpServerFixture fixture) : IClassFixture<HttpServerFixture>
{
    private const string Gql = "application/graphql-response+json";
    private const string Json = "application/json";
    private const string HelloBody = """{"query":"{ hello }"}""";
    private const string HelloResult = """{"data":{"hello":"Hello, world!"}}""";

    /// <param name="Name">What the row checks.</param>
    /// <param name="Expected">The exact JSON body, or "code:X" for a response whose first error has code X and no data.</param>
    public sealed record Case(string Name, string Method, string Target, string? ContentType, string? Accept, string? Body, int Status, string? MediaType, string? Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        // Accept negotiation ("Body", "Accept").
        new("graphql-response+json is honoured", "POST", "graphql", Json, Gql, HelloBody, 200, Gql, HelloResult),
        new("application/json is honoured", "POST", "graphql", Json, Json, HelloBody, 200, Json, HelloResult),
        new("no Accept answers application/json", "POST", "graphql", Json, null, HelloBody, 200, Json, HelloResult),
        new("*/* answers application/json", "POST", "graphql", Json, "*/*", HelloBody, 200, Json, HelloResult),
        new("the spec's recommended Accept prefers graphql-response+json", "POST", "graphql", Json, $"{Gql}, {Json};q=0.9", HelloBody, 200, Gql, HelloResult),
        new("the higher q wins", "POST", "graphql", Json, $"{Gql};q=0.5, {Json}", HelloBody, 200, Json, HelloResult),
        new("equal q prefers graphql-response+json", "POST", "graphql", Json, $"{Json}, {Gql}", HelloBody, 200, Gql, HelloResult),
        new("unsupported Accept is 406", "POST", "graphql", Json, "application/xml", HelloBody, 406, Json, "code:HTTP_NOT_ACCEPTABLE"),
        new("q=0 refuses the type", "POST", "graphql", Json, $"{Json};q=0", HelloBody, 406, Json, "code:HTTP_NOT_ACCEPTABLE"),
        new("a charset other than utf-8 is not acceptable", "POST", "graphql", Json, $"{Json}; charset=iso-8859-1", HelloBody, 406, Json, "code:HTTP_NOT_ACCEPTABLE"),

        // POST ("POST", "JSON Encoding").
        new("charset=utf-8 is accepted", "POST", "graphql", "application/json; charset=utf-8", Gql, HelloBody, 200, Gql, HelloResult),
        new("charset=UTF-8 in quotes is accepted", "POST", "graphql", "application/json;charset=\"UTF-8\"", Gql, HelloBody, 200, Gql, HelloResult),
        new("another charset is 415", "POST", "graphql", "application/json; charset=utf-16", Gql, HelloBody, 415, Gql, "code:HTTP_UNSUPPORTED_MEDIA_TYPE"),
        new("text/plain is 415", "POST", "graphql", "text/plain", Gql, HelloBody, 415, Gql, "code:HTTP_UNSUPPORTED_MEDIA_TYPE"),
        new("a missing Content-Type is 415", "POST", "graphql", null, Gql, HelloBody, 415, Gql, "code:HTTP_UNSUPPORTED_MEDIA_TYPE"),
        new("malformed JSON is 400", "POST", "graphql", Json, Gql, """{ "not a JSON""", 400, Gql, "code:HTTP_INVALID_JSON"),
        new("malformed JSON is 400 for legacy clients too", "POST", "graphql", Json, Json, "NONSENSE", 400, Json, "code:HTTP_INVALID_JSON"),
        new("an empty body is 400", "POST", "graphql", Json, Gql, "", 400, Gql, "code:HTTP_INVALID_JSON"),
        new("a JSON list body is 400", "POST", "graphql", Json, Gql, "[1]", 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("a missing query is 400", "POST", "graphql", Json, Gql, """{"qeury":"{ hello }"}""", 400, Gql, "code:HTTP_MISSING_QUERY"),
        new("a missing query is 400 for legacy clients too", "POST", "graphql", Json, Json, """{"qeury":"{ hello }"}""", 400, Json, "code:HTTP_MISSING_QUERY"),
        new("a non-string query is 400", "POST", "graphql", Json, Gql, """{"query":{"obj":"ect"}}""", 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("a string variables is 400", "POST", "graphql", Json, Gql, """{"query":"{ hello }","variables":"x"}""", 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("a list of non-maps as variables is 400", "POST", "graphql", Json, Gql, """{"query":"{ hello }","variables":["array"]}""", 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("a non-string operationName is 400", "POST", "graphql", Json, Gql, """{"query":"{ hello }","operationName":1}""", 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("null optional parameters mean absent", "POST", "graphql", Json, Gql, """{"query":"{ hello }","variables":null,"operationName":null,"extensions":null}""", 200, Gql, HelloResult),
        new("unknown properties are ignored", "POST", "graphql", Json, Gql, """{"query":"{ hello }","other":1}""", 200, Gql, HelloResult),
        new("extensions reach resolvers", "POST", "graphql", Json, Gql, """{"query":"{ extension(name: \"tenant\") }","extensions":{"tenant":"acme"}}""", 200, Gql, """{"data":{"extension":"acme"}}"""),
        new("operationName selects the operation", "POST", "graphql", Json, Gql, """{"query":"query A { hello } query B { products(first: 1) { id } }","operationName":"B"}""", 200, Gql, """{"data":{"products":[{"id":"1"}]}}"""),
        new("variables are coerced", "POST", "graphql", Json, Gql, """{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"vars"}}""", 200, Gql, """{"data":{"hello":"Hello, vars!"}}"""),

        // GraphQL request errors: 400 with graphql-response+json, 200 with application/json ("Status Codes", graphql-http audits).
        new("a syntax error is 400", "POST", "graphql", Json, Gql, """{"query":"{"}""", 400, Gql, "code:GRAPHQL_PARSE_FAILED"),
        new("a syntax error is 200 for legacy clients", "POST", "graphql", Json, Json, """{"query":"{"}""", 200, Json, "code:GRAPHQL_PARSE_FAILED"),
        new("a validation error is 400", "POST", "graphql", Json, Gql, """{"query":"{ nope }"}""", 400, Gql, "code:FIELD_SELECTIONS"),
        new("a validation error is 200 for legacy clients", "POST", "graphql", Json, Json, """{"query":"{ nope }"}""", 200, Json, "code:FIELD_SELECTIONS"),
        new("a variable coercion error is 400", "POST", "graphql", Json, Gql, """{"query":"query($id: ID!) { product(id: $id) { name } }","variables":{"id":null}}""", 400, Gql, "code:BAD_USER_INPUT"),
        new("an unknown operation name is 400", "POST", "graphql", Json, Gql, """{"query":"query A { hello }","operationName":"B"}""", 400, Gql, "code:OPERATION_RESOLUTION_FAILURE"),
        new("field errors keep 200 and the data", "POST", "graphql", Json, Gql, """{"query":"{ hello broken }"}""", 200, Gql, """{"data":{"hello":"Hello, world!","broken":null},"errors":[{"message":"The broken field always fails.","locations":[{"line":1,"column":9}],"path":["broken"]}]}"""),
        new("a subscription over plain POST is refused", "POST", "graphql", Json, Gql, """{"query":"subscription { countdown(from: 1) }"}""", 400, Gql, "code:HTTP_SUBSCRIPTION_NOT_SUPPORTED"),
        new("a mutation over POST runs", "POST", "graphql", Json, Gql, """{"query":"mutation { addProduct(name: \"Cup\", price: 2) { name } }"}""", 200, Gql, """{"data":{"addProduct":{"name":"Cup"}}}"""),

        // GET ("GET").
        new("GET runs a query", "GET", "graphql?query=%7B%20hello%20%7D", null, Gql, null, 200, Gql, HelloResult),
        new("GET without Accept answers application/json", "GET", "graphql?query=%7B%20hello%20%7D", null, null, null, 200, Json, HelloResult),
        new("GET takes JSON variables", "GET", "graphql?query=query(%24n%3A%20String)%20%7B%20hello(name%3A%20%24n)%20%7D&variables=%7B%22n%22%3A%22GET%22%7D", null, Gql, null, 200, Gql, """{"data":{"hello":"Hello, GET!"}}"""),
        new("GET treats empty parameters as absent", "GET", "graphql?query=%7B%20hello%20%7D&operationName=&variables=&extensions=", null, Gql, null, 200, Gql, HelloResult),
        new("GET with invalid variables JSON is 400", "GET", "graphql?query=%7B%20hello%20%7D&variables=%7Bnope", null, Gql, null, 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("GET with a variables list is 400", "GET", "graphql?query=%7B%20hello%20%7D&variables=%5B%7B%7D%5D", null, Gql, null, 400, Gql, "code:HTTP_INVALID_PARAMETER"),
        new("GET without query is 400", "GET", "graphql", null, Gql, null, 400, Gql, "code:HTTP_MISSING_QUERY"),
        new("GET of a mutation is 405", "GET", "graphql?query=mutation%20%7B%20addProduct(name%3A%20%22x%22%2C%20price%3A%201)%20%7B%20id%20%7D%20%7D", null, Gql, null, 405, Gql, "code:HTTP_METHOD_NOT_ALLOWED"),
        new("GET selects a query next to a mutation", "GET", "graphql?query=query%20Q%20%7B%20hello%20%7D%20mutation%20M%20%7B%20addProduct(name%3A%20%22x%22%2C%20price%3A%201)%20%7B%20id%20%7D%20%7D&operationName=Q", null, Gql, null, 200, Gql, HelloResult),
        new("GET of the mutation next to a query is 405", "GET", "graphql?query=query%20Q%20%7B%20hello%20%7D%20mutation%20M%20%7B%20addProduct(name%3A%20%22x%22%2C%20price%3A%201)%20%7B%20id%20%7D%20%7D&operationName=M", null, Gql, null, 405, Gql, "code:HTTP_METHOD_NOT_ALLOWED"),

        // Methods and paths ("URL", RFC 9110 15.5.6).
        new("PATCH is 405 (PUT belongs to graphql-sse reservations)", "PATCH", "graphql", Json, Gql, HelloBody, 405, Gql, "code:HTTP_METHOD_NOT_ALLOWED"),
        new("DELETE is 405", "DELETE", "graphql", null, Gql, null, 405, Gql, "code:HTTP_METHOD_NOT_ALLOWED"),
        new("a trailing slash is the same endpoint", "POST", "graphql/", Json, Gql, HelloBody, 200, Gql, HelloResult),
        new("other sub-paths are not GraphQL", "POST", "graphql/other", Json, Gql, HelloBody, 404, null, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_Should_Get_The_Status_Media_Type_And_Body_Of_The_Table(Case row)
    {
        using var request = HttpRequests.Create(row.Method, row.Target, row.ContentType, row.Accept, row.Body);

        using var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(row.Status, body);
        if (row.MediaType is null)
        {
            return;
        }

        HttpRequests.MediaTypeOf(response)!.MediaType.Should().Be(row.MediaType);
        HttpRequests.MediaTypeOf(response)!.CharSet.Should().Be("utf-8");
        if (row.Expected!.StartsWith("code:", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(body);
            json.RootElement.TryGetProperty("data", out _).Should().BeFalse(body);
            json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(row.Expected[5..], body);
            json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
        }
        else
        {
            body.Should().Be(row.Expected);
        }

        if (row.Status == 405)
        {
            response.Content.Headers.Allow.Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task Get_Of_A_Mutation_Should_Allow_Only_Post()
    {
        using var request = HttpRequests.Create("GET", "graphql?query=mutation%20%7B%20addProduct(name%3A%20%22x%22%2C%20price%3A%201)%20%7B%20id%20%7D%20%7D", accept: Gql);

        using var response = await fixture.Client.SendAsync(request);

        response.Content.Headers.Allow.Should().Equal("POST");
    }

    [Fact]
    public async Task Other_Methods_Should_Be_Told_Get_And_Post()
    {
        using var request = HttpRequests.Create("PATCH", "graphql", accept: Gql, body: HelloBody);

        using var response = await fixture.Client.SendAsync(request);

        response.Content.Headers.Allow.Should().Equal("GET", "POST");
    }
}
