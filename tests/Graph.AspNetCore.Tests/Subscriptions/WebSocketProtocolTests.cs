using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>graphql-ws PROTOCOL.md: connection rules and close codes, over a real socket.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(graphql => graphql
        .AddSubscriptionTestSchema()
        .AddWebSocketConnectionInterceptor(new SubscriptionTestSchema.TokenInterceptor()));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Handshake_Should_Select_GraphQL_Transport_Ws()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        client.SubProtocol.Should().Be("graphql-transport-ws");
    }

    [Theory]
    [InlineData("graphql-ws")]
    [InlineData("something-else")]
    public async Task Other_SubProtocols_Should_Be_Closed_With_4406(string protocol)
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint, protocol);

        (await client.ReceiveCloseAsync()).Should().Be((4406, "Subprotocol not acceptable"));
    }

    [Fact]
    public async Task ConnectionInit_Should_Be_Acknowledged()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "connection_init", payload = new { hello = 1 } });

        (await client.ReceiveAsync()).ToString().Should().Be("""{"type":"connection_ack"}""");
    }

    [Fact]
    public async Task No_ConnectionInit_Should_Close_With_4408()
    {
        // A server of its own: a short timeout would also catch slow initialisations of the other tests on a loaded machine.
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Subscriptions.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300)));
        await using var client = await WsTestClient.ConnectAsync(server.GraphQLEndpoint);

        (await client.ReceiveCloseAsync()).Should().Be((4408, "Connection initialisation timeout"));
    }

    [Fact]
    public async Task A_Second_ConnectionInit_Should_Close_With_4429()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "connection_init" });

        (await client.ReceiveCloseAsync()).Should().Be((4429, "Too many initialisation requests"));
    }

    [Fact]
    public async Task Subscribe_Before_Ack_Should_Close_With_4401()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("1", "{ hello }");

        (await client.ReceiveCloseAsync()).Should().Be((4401, "Unauthorized"));
    }

    [Fact]
    public async Task A_Rejected_ConnectionInit_Should_Close_With_4403()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });

        (await client.ReceiveCloseAsync()).Should().Be((4403, "Forbidden"));
    }

    [Fact]
    public async Task An_Interceptor_Failure_Should_Close_With_4500()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "explode" } });

        (await client.ReceiveCloseAsync()).Should().Be((4500, "Internal server error"));
    }

    [Fact]
    public async Task A_Duplicate_Active_Id_Should_Close_With_4409()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        await client.SubscribeAsync("same", "subscription { productAdded { id } }");

        await client.SubscribeAsync("same", "subscription { productAdded { id } }");

        (await client.ReceiveCloseAsync()).Should().Be((4409, "Subscriber for same already exists"));
    }

    [Theory]
    [InlineData("not json", "Invalid message received: not JSON.")]
    [InlineData("[1]", "Message is expected to be an object, but got an array.")]
    [InlineData("""{"payload":{}}""", "Message is missing the 'type' property.")]
    [InlineData("""{"type":"unknown"}""", "Unexpected message of type unknown received.")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Unexpected message of type next received: it goes from server to client.")]
    [InlineData("""{"type":"ping","payload":"text"}""", "\"ping\" message expects the 'payload' property to be an object or nullish or missing, but got a string.")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "\"subscribe\" message expects the 'id' property to be a string.")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "\"subscribe\" message requires a non-empty 'id' property.")]
    [InlineData("""{"type":"subscribe","id":"1"}""", "\"subscribe\" message expects the 'payload' property to be an object, but got nothing.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"variables":{}}}""", "\"subscribe\" message payload expects the 'query' property to be a string.")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", "\"subscribe\" message payload is invalid: The \"query\" parameter must be a string.")]
    [InlineData("""{"type":"complete"}""", "\"complete\" message expects the 'id' property to be a string.")]
    public async Task Invalid_Messages_Should_Close_With_4400_And_The_Reason(string message, string reason)
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SendTextAsync(message);

        (await client.ReceiveCloseAsync()).Should().Be((4400, reason));
    }

    [Fact]
    public async Task Ping_Should_Be_Answered_With_Pong_Echoing_The_Payload_Even_Before_Init()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "ping", payload = new { at = 5 } });

        (await client.ReceiveAsync()).ToString().Should().Be("""{"type":"pong","payload":{"at":5}}""");
    }

    [Fact]
    public async Task Pong_And_Complete_For_Unknown_Ids_Should_Be_Ignored()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { id = "never-used", type = "complete" });
        await client.SendAsync(new { type = "ping" });

        (await client.ReceiveAsync()).ToString().Should().Be("""{"type":"pong"}""");
    }

    [Fact]
    public async Task A_Message_Over_The_Size_Limit_Should_Close_With_1009()
    {
        await using var server = await GraphQLTestServer.StartAsync(graphql => graphql.ModifyServerOptions(o => o.Subscriptions.MaxWebSocketMessageSize = 100));
        await using var client = await WsTestClient.ConnectAsync(server.GraphQLEndpoint);

        await client.SendTextAsync("{\"type\":\"ping\",\"payload\":{\"pad\":\"" + new string('x', 200) + "\"}}");

        (await client.ReceiveCloseAsync()).Code.Should().Be(1009);
    }

    [Fact]
    public void Close_Codes_Should_Be_Those_Of_The_Protocol()
    {
        new[]
        {
            GraphQLTransportWs.BadRequest, GraphQLTransportWs.Unauthorized, GraphQLTransportWs.Forbidden,
            GraphQLTransportWs.ConnectionInitialisationTimeout, GraphQLTransportWs.SubscriberAlreadyExists,
            GraphQLTransportWs.TooManyInitialisationRequests, GraphQLTransportWs.InternalServerError,
        }.Should().Equal(4400, 4401, 4403, 4408, 4409, 4429, 4500);
    }
}
