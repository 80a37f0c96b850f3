using System.Net;
using System.Net.Http.Headers;
using FluentAssertions;
using Graph.Gateway.Tests.Support;
using Xunit;

namespace Graph.Gateway.Tests.Host;

/// <summary>
/// Tokens are checked at the edge (an invalid one never reaches a subgraph) and forwarded with the trace context and
/// the caller's language to the subgraphs, which enforce their own rules with the same identity.
/// </summary>
public sealed class EdgeAuthenticationTests : IAsyncLifetime
{
    private GatewayTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GatewayTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_Invalid_Token_Should_Be_Refused_At_The_Edge_With_401_Auth_Invalid_Token()
    {
        using var response = await _host.Gateway.PostAsync("""{ requestHeader(name: "Authorization") }""", accessToken: "not-a-jwt");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, response.Body);
        response.ErrorCodes.Should().Equal("AUTH_INVALID_TOKEN");
    }

    [Fact]
    public async Task A_Token_Signed_By_Another_Key_Should_Be_Refused_At_The_Edge()
    {
        using var stranger = new Graph.Testing.Services.TestTokens();
        using var response = await _host.Gateway.PostAsync("""{ requestHeader(name: "Authorization") }""", accessToken: stranger.Create(Guid.NewGuid()));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized, response.Body);
        response.ErrorCodes.Should().Equal("AUTH_INVALID_TOKEN");
    }

    [Fact]
    public async Task A_Valid_Token_Should_Be_Forwarded_To_The_Subgraph()
    {
        var token = _host.Tokens.Create(Guid.NewGuid());

        using var response = await _host.Gateway.PostAsync("""{ requestHeader(name: "Authorization") }""", accessToken: token);

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("requestHeader").GetString().Should().Be("Bearer " + token);
    }

    [Fact]
    public async Task An_Anonymous_Request_Should_Reach_The_Subgraph_Without_Authorization()
    {
        using var response = await _host.Gateway.PostAsync("""{ requestHeader(name: "Authorization") }""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("requestHeader").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_WebSocket_Connections_Token_Should_Be_Forwarded_To_The_Subgraph()
    {
        var token = _host.Tokens.Create(Guid.NewGuid());

        await using var socket = await Graph.Testing.Subscriptions.WebSocketSubscription.StartAsync(
            _host.Gateway.GraphQLEndpoint, """{ requestHeader(name: "Authorization") }""", null, token);
        var result = await socket.NextAsync();

        result.GetProperty("data").GetProperty("requestHeader").GetString().Should().Be("Bearer " + token);
    }

    [Fact]
    public async Task A_WebSocket_With_An_Invalid_Token_Should_Be_Closed_At_The_Edge()
    {
        var connect = () => Graph.Testing.Subscriptions.WebSocketSubscription.StartAsync(
            _host.Gateway.GraphQLEndpoint, """{ requestHeader(name: "Authorization") }""", null, "not-a-jwt");

        (await connect.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("4403");
    }

    [Fact]
    public async Task Accept_Language_And_The_Trace_Id_Should_Be_Forwarded_And_Cookies_Should_Not()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.Gateway.GraphQLEndpoint)
        {
            Content = new StringContent("""
                {"query":"{ language: requestHeader(name: \"accept-language\") trace: requestHeader(name: \"traceparent\") cookie: requestHeader(name: \"cookie\") }"}
                """, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.TryAddWithoutValidation("Accept-Language", "de-CH, de;q=0.9");
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        request.Headers.TryAddWithoutValidation("Cookie", "session=secret");

        using var response = await _host.Gateway.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, response.Body);
        response.Get("language").GetString().Should().Be("de-CH, de;q=0.9");
        response.Get("trace").GetString().Should().StartWith($"00-{traceId}-", "the subgraph's span continues the client's trace");
        response.Get("cookie").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }
}
