using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>graphql-sse PROTOCOL.md "Distinct connections mode" over real HTTP streaming.</summary>
public sealed class SseDistinctConnectionTests : IAsyncLifetime
{
    private readonly IdleProbe _idle = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(graphql => graphql
        .AddSubscriptionTestSchema(_idle)
        .ModifyServerOptions(o => o.Subscriptions.SseKeepAliveInterval = TimeSpan.FromMilliseconds(100)));

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_Subscription_Should_Stream_Next_Events_In_Order_Then_Complete()
    {
        await using var stream = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(
            _http, _server.GraphQLEndpoint, new { query = "subscription($n: Int!) { countdown(from: $n) }", variables = new { n = 2 } }));

        var events = await stream.ReadToEndAsync();

        stream.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        stream.Response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        events.Should().Equal(
            new SseEvent("next", """{"data":{"countdown":2}}"""),
            new SseEvent("next", """{"data":{"countdown":1}}"""),
            new SseEvent("next", """{"data":{"countdown":0}}"""),
            new SseEvent("complete", string.Empty));
    }

    [Fact]
    public async Task Get_With_Query_Parameters_Should_Stream_Too()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, _server.GraphQLEndpoint + "?query=" + Uri.EscapeDataString("subscription($n: Int!) { countdown(from: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":0}"""));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        await using var stream = await SseTestStream.OpenAsync(await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));

        (await stream.ReadToEndAsync()).Should().Equal(new SseEvent("next", """{"data":{"countdown":0}}"""), new SseEvent("complete", string.Empty));
    }

    [Fact]
    public async Task Queries_And_Mutations_Should_Be_One_Next_Then_Complete()
    {
        await using var query = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { query = "{ hello }" }));
        await using var mutation = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(
            _http, _server.GraphQLEndpoint, new { query = """mutation { addProduct(name: "Jar", price: 1) { name } }""" }));

        (await query.ReadToEndAsync()).Should().Equal(new SseEvent("next", """{"data":{"hello":"Hello, world!"}}"""), new SseEvent("complete", string.Empty));
        (await mutation.ReadToEndAsync()).Should().Equal(new SseEvent("next", """{"data":{"addProduct":{"name":"Jar"}}}"""), new SseEvent("complete", string.Empty));
    }

    [Fact]
    public async Task Validation_Errors_Should_Be_Reported_Through_The_Accepted_Stream()
    {
        await using var stream = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { query = "subscription { nope }" }));

        var events = await stream.ReadToEndAsync();

        stream.Response.StatusCode.Should().Be(HttpStatusCode.OK);
        events.Select(e => e.Event).Should().Equal("next", "complete");
        events[0].Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("nope");
        events[0].Json.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Malformed_Requests_Should_Be_Http_Errors_Before_Any_Stream()
    {
        var noQuery = await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { variables = new { } });
        var badVariables = await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { query = "{ hello }", variables = 3 });
        var getMutation = new HttpRequestMessage(HttpMethod.Get, _server.GraphQLEndpoint + "?query=" + Uri.EscapeDataString("mutation { addProduct(name: \"x\", price: 1) { id } }"));
        getMutation.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var mutationOverGet = await _http.SendAsync(getMutation);
        var text = new HttpRequestMessage(HttpMethod.Post, _server.GraphQLEndpoint) { Content = new StringContent("{ hello }") };
        text.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var wrongMediaType = await _http.SendAsync(text);

        noQuery.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noQuery.Content.ReadAsStringAsync()).Should().Be("""{"errors":[{"message":"The request has no \u0022query\u0022 parameter."}]}""");
        badVariables.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        mutationOverGet.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        mutationOverGet.Content.Headers.Allow.Should().Equal("POST");
        wrongMediaType.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task The_Stream_Should_Open_Only_Once_The_Subscription_Listens_So_The_Next_Event_Is_Never_Missed()
    {
        // The subscribe resolver takes 300 ms to subscribe. Were the stream opened before executing, this event,
        // published as soon as the stream is open, would be published before anybody listens, and lost.
        await using var stream = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(
            _http, _server.GraphQLEndpoint, new { query = """subscription { onMessageAfter(topic: "ready", delayMs: 300) }""" }));
        await _server.Services.GetRequiredService<ITopicEventSender>().SendAsync("ready", "first");

        (await stream.NextAsync()).Should().Be(new SseEvent("next", """{"data":{"onMessageAfter":"first"}}"""));
    }

    [Fact]
    public async Task An_Idle_Stream_Should_Get_Keep_Alive_Comments()
    {
        var bus = _server.Services.GetRequiredService<InMemoryTopicEventBus>();
        await using var stream = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(
            _http, _server.GraphQLEndpoint, new { query = """subscription { onMessage(topic: "later") }""" }));
        await Eventually.HoldsAsync(() => bus.ActiveTopics == 1, "bus.ActiveTopics == 1");

        await Task.Delay(350);
        await _server.Services.GetRequiredService<ITopicEventSender>().SendAsync("later", "now");

        (await stream.NextAsync()).Should().Be(new SseEvent("next", """{"data":{"onMessage":"now"}}"""));
        stream.Comments.Should().BeGreaterThan(1, "the first comment opens the stream and keep-alives follow while idle");
    }

    [Fact]
    public async Task A_Client_Disconnect_Should_Cancel_The_Subscription()
    {
        using var abort = new CancellationTokenSource();
        var response = await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { query = "subscription { idle }" }, cancellationToken: abort.Token);
        await Eventually.HoldsAsync(() => _idle.Started == 1, "_idle.Started == 1");

        await abort.CancelAsync();
        response.Dispose();

        await Eventually.HoldsAsync(() => _idle.Ended == 1, "_idle.Ended == 1");
    }

    [Fact]
    public async Task Put_Should_Pass_Through_When_Single_Connection_Mode_Is_Off()
    {
        await using var noReservations = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Subscriptions.EnableSseSingleConnectionMode = false));

        var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Put, noReservations.GraphQLEndpoint));

        response.StatusCode.Should().NotBe(HttpStatusCode.Created);
    }
}
