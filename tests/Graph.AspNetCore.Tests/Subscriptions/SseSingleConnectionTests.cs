using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FluentAssertions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>graphql-sse PROTOCOL.md "Single connection mode": reservations, operations by id, stopping.</summary>
public sealed class SseSingleConnectionTests : IAsyncLifetime
{
    private const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    private readonly IdleProbe _idle = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(graphql => graphql.AddSubscriptionTestSchema(_idle));

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Operations_Should_Stream_Through_The_Reserved_Connection_With_Their_Ids()
    {
        var token = await ReserveAsync();
        await using var stream = await OpenStreamAsync(token);

        (await PostOperationAsync(token, "a", "subscription { countdown(from: 1) }")).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var events = new List<SseEvent>();
        for (var i = 0; i < 3; i++)
        {
            events.Add((await stream.NextAsync())!);
        }

        events.Should().Equal(
            new SseEvent("next", """{"id":"a","payload":{"data":{"countdown":1}}}"""),
            new SseEvent("next", """{"id":"a","payload":{"data":{"countdown":0}}}"""),
            new SseEvent("complete", """{"id":"a"}"""));
    }

    [Fact]
    public async Task Reservations_Should_Be_Answered_With_201_And_A_Token()
    {
        var response = await _http.PutAsync(_server.GraphQLEndpoint, null);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await response.Content.ReadAsStringAsync()).Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task A_Reservation_Should_Be_Fulfilled_By_One_Stream_Only()
    {
        var token = await ReserveAsync();
        await using var first = await OpenStreamAsync(token);

        using var second = await SendStreamRequestAsync(token);

        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Requests_With_An_Unknown_Token_Should_Be_404()
    {
        (await PostOperationAsync("unknown", "x", "{ hello }")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Operation_Rules_Should_Be_Answered_With_Http_Codes()
    {
        var token = await ReserveAsync();
        await using var stream = await OpenStreamAsync(token);

        var noId = await PostAsync(token, """{"query":"{ hello }"}""");
        var invalid = await PostOperationAsync(token, "bad", "{ nope }");
        await PostOperationAsync(token, "dup", "subscription { idle }");
        var duplicate = await PostOperationAsync(token, "dup", "subscription { idle }");

        noId.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noId.Content.ReadAsStringAsync()).Should().Be("""{"errors":[{"message":"Operation ID is missing"}]}""");
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).Should().Contain("Cannot query field");
        duplicate.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Delete_Should_Stop_The_Operation_And_Closing_The_Stream_Should_Stop_The_Rest()
    {
        var token = await ReserveAsync();
        var stream = await OpenStreamAsync(token);
        await PostOperationAsync(token, "one", "subscription { idle }");
        await PostOperationAsync(token, "two", "subscription { idle }");
        await Eventually.HoldsAsync(() => _idle.Started == 2, "both idle subscriptions to start");

        var delete = new HttpRequestMessage(HttpMethod.Delete, _server.GraphQLEndpoint + "?operationId=one");
        delete.Headers.Add(TokenHeader, token);
        (await _http.SendAsync(delete)).StatusCode.Should().Be(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => _idle.Ended == 1, "the deleted operation to be cancelled");
        await stream.DisposeAsync();

        await Eventually.HoldsAsync(() => _idle.Ended == 2, "the stream's other operation to be cancelled");
        (await PostOperationAsync(token, "three", "{ hello }")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<string> ReserveAsync() => await (await _http.PutAsync(_server.GraphQLEndpoint, null)).Content.ReadAsStringAsync();

    private Task<HttpResponseMessage> SendStreamRequestAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _server.GraphQLEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add(TokenHeader, token);
        return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private async Task<SseTestStream> OpenStreamAsync(string token)
    {
        var response = await SendStreamRequestAsync(token);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await SseTestStream.OpenAsync(response);
    }

    private Task<HttpResponseMessage> PostOperationAsync(string token, string operationId, string query) =>
        PostAsync(token, System.Text.Json.JsonSerializer.Serialize(new { query, extensions = new { operationId } }));

    private Task<HttpResponseMessage> PostAsync(string token, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLEndpoint) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add(TokenHeader, token);
        return _http.SendAsync(request);
    }
}
