using System.Text.Json;
using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>graphql-ws PROTOCOL.md "Streaming operation" and "Single result operation" over a real socket.</summary>
public sealed class WebSocketOperationTests : IAsyncLifetime
{
    private readonly IdleProbe _idle = new();
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync(graphql => graphql
        .AddSubscriptionTestSchema(_idle)
        .AddWebSocketConnectionInterceptor(new SubscriptionTestSchema.TokenInterceptor())
        .ModifyServerOptions(o => o.Subscriptions.MaxSubscriptionsPerConnection = 3));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_Subscription_Should_Stream_Next_In_Order_Then_Complete()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("c", "subscription($n: Int!) { countdown(from: $n) }", new { n = 3 });

        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            messages.Add((await client.ReceiveAsync()).ToString());
        }

        messages.Should().Equal(
            """{"id":"c","type":"next","payload":{"data":{"countdown":3}}}""",
            """{"id":"c","type":"next","payload":{"data":{"countdown":2}}}""",
            """{"id":"c","type":"next","payload":{"data":{"countdown":1}}}""",
            """{"id":"c","type":"next","payload":{"data":{"countdown":0}}}""",
            """{"id":"c","type":"complete"}""");
    }

    [Fact]
    public async Task Queries_And_Mutations_Should_Send_One_Next_Then_Complete()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("q", """{ hello(name: "ws") }""");
        var query = new[] { (await client.ReceiveAsync()).ToString(), (await client.ReceiveAsync()).ToString() };
        await client.SubscribeAsync("m", """mutation { addProduct(name: "Cup", price: 2) { name } }""");
        var mutation = new[] { (await client.ReceiveAsync()).ToString(), (await client.ReceiveAsync()).ToString() };

        query.Should().Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"Hello, ws!"}}}""", """{"id":"q","type":"complete"}""");
        mutation.Should().Equal("""{"id":"m","type":"next","payload":{"data":{"addProduct":{"name":"Cup"}}}}""", """{"id":"m","type":"complete"}""");
    }

    [Fact]
    public async Task Validation_Errors_Should_Be_An_Error_Message_Without_Complete()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("bad", "subscription { nope }");
        var error = await client.ReceiveAsync();
        await client.SendAsync(new { type = "ping" });

        error.GetProperty("type").GetString().Should().Be("error");
        error.GetProperty("id").GetString().Should().Be("bad");
        error.GetProperty("payload")[0].GetProperty("message").GetString().Should().Contain("nope");
        (await client.ReceiveAsync()).GetProperty("type").GetString().Should().Be("pong", "no complete follows an error");
    }

    [Fact]
    public async Task Field_Errors_Should_Be_Sent_In_Next()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("b", "{ broken }");

        var next = await client.ReceiveAsync();
        next.GetProperty("type").GetString().Should().Be("next");
        next.GetProperty("payload").GetProperty("data").GetProperty("broken").ValueKind.Should().Be(JsonValueKind.Null);
        next.GetProperty("payload").GetProperty("errors")[0].GetProperty("path")[0].GetString().Should().Be("broken");
    }

    [Fact]
    public async Task A_Failing_Source_Stream_Should_End_With_An_Error_Message()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("f", "subscription { failing }");

        (await client.ReceiveAsync()).ToString().Should().Be("""{"id":"f","type":"next","payload":{"data":{"failing":1}}}""");
        (await client.ReceiveAsync()).ToString().Should().Be("""{"id":"f","type":"error","payload":[{"message":"The source stream broke."}]}""");
    }

    [Fact]
    public async Task Client_Complete_Should_Cancel_The_Source_Stream_And_Free_The_Id()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        await client.SubscribeAsync("i", "subscription { idle }");
        await Eventually.HoldsAsync(() => _idle.Started == 1, "_idle.Started == 1");

        await client.SendAsync(new { id = "i", type = "complete" });
        await Eventually.HoldsAsync(() => _idle.Ended == 1, "_idle.Ended == 1");

        await client.SubscribeAsync("i", "{ hello }");
        (await client.ReceiveAsync()).ToString().Should().Be("""{"id":"i","type":"next","payload":{"data":{"hello":"Hello, world!"}}}""");
    }

    [Fact]
    public async Task Completing_A_Stream_While_A_Send_Is_Pending_Should_Keep_The_Socket_Open()
    {
        // Cancelling a pending WebSocket send aborts the whole socket (.NET's ManagedWebSocket), so a
        // client Complete must stop the operation without cancelling the send in progress. The client
        // reads nothing for a while, so the countdown fills the TCP buffers and its send is pending.
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        await client.SubscribeAsync("fast", "subscription { countdown(from: 10000000) }");
        await ReceiveForAsync(client, "fast");
        await Task.Delay(TimeSpan.FromSeconds(3));

        await client.SendAsync(new { id = "fast", type = "complete" });
        await client.SubscribeAsync("after", """{ hello(name: "still open") }""");

        (await ReceiveForAsync(client, "after")).ToString()
            .Should().Be("""{"id":"after","type":"next","payload":{"data":{"hello":"Hello, still open!"}}}""");
    }

    // The next message for id, passing over what completed operations had already sent.
    private static async Task<JsonElement> ReceiveForAsync(WsTestClient client, string id)
    {
        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message.GetProperty("id").GetString() == id)
            {
                return message;
            }
        }
    }

    [Fact]
    public async Task Closing_The_Socket_Should_Cancel_Every_Operation()
    {
        var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        await client.SubscribeAsync("a", "subscription { idle }");
        await client.SubscribeAsync("b", "subscription { idle }");
        await Eventually.HoldsAsync(() => _idle.Started == 2, "_idle.Started == 2");

        await client.DisposeAsync();

        await Eventually.HoldsAsync(() => _idle.Ended == 2, "_idle.Ended == 2");
    }

    [Fact]
    public async Task Bus_Subscriptions_Should_Unsubscribe_When_The_Client_Completes()
    {
        var bus = _server.Services.GetRequiredService<InMemoryTopicEventBus>();
        var sender = _server.Services.GetRequiredService<ITopicEventSender>();
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        await client.SubscribeAsync("t", """subscription { onMessage(topic: "news") }""");
        await Eventually.HoldsAsync(() => bus.ActiveTopics == 1, "bus.ActiveTopics == 1");

        await sender.SendAsync("news", "first");
        await sender.SendAsync("news", "second");
        var received = new[] { (await client.ReceiveAsync()).ToString(), (await client.ReceiveAsync()).ToString() };
        await client.SendAsync(new { id = "t", type = "complete" });

        received.Should().Equal(
            """{"id":"t","type":"next","payload":{"data":{"onMessage":"first"}}}""",
            """{"id":"t","type":"next","payload":{"data":{"onMessage":"second"}}}""");
        await Eventually.HoldsAsync(() => bus.ActiveTopics == 0, "bus.ActiveTopics == 0");
    }

    [Fact]
    public async Task Operations_Over_The_Limit_Should_Get_An_Error_While_The_Others_Keep_Running()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);
        for (var i = 1; i <= 3; i++)
        {
            await client.SubscribeAsync($"s{i}", "subscription { idle }");
        }

        await Eventually.HoldsAsync(() => _idle.Started == 3, "_idle.Started == 3");
        await client.SubscribeAsync("s4", "subscription { idle }");

        (await client.ReceiveAsync()).ToString().Should().Be(
            """{"id":"s4","type":"error","payload":[{"message":"The connection already runs 3 operations, its limit; complete one first.","extensions":{"code":"MAX_SUBSCRIPTIONS_EXCEEDED"}}]}""");
        await client.SendAsync(new { id = "s1", type = "complete" });
        await Eventually.HoldsAsync(() => _idle.Ended == 1, "_idle.Ended == 1");
        await client.SubscribeAsync("s5", "{ hello }");
        (await client.ReceiveAsync()).GetProperty("id").GetString().Should().Be("s5");
    }

    [Fact]
    public async Task The_ConnectionInit_User_Should_Reach_Resolvers_Of_Queries_And_Subscriptions()
    {
        await using var client = await WsTestClient.ConnectAsync(_server.GraphQLEndpoint);
        await client.SendAsync(new { type = "connection_init", payload = new { token = "user:ada" } });
        var ack = await client.ReceiveAsync();

        await client.SubscribeAsync("q", "{ me }");
        var query = await client.ReceiveAsync();
        await client.ReceiveAsync();
        await client.SubscribeAsync("s", "subscription { me }");
        var subscription = await client.ReceiveAsync();

        ack.ToString().Should().Be("""{"type":"connection_ack","payload":{"server":"graph"}}""");
        query.ToString().Should().Be("""{"id":"q","type":"next","payload":{"data":{"me":"ada"}}}""");
        subscription.ToString().Should().Be("""{"id":"s","type":"next","payload":{"data":{"me":"ada"}}}""");
    }

    [Fact]
    public async Task Without_A_Token_The_Operation_Should_Run_As_The_Http_User()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("q", "{ me }");

        (await client.ReceiveAsync()).ToString().Should().Be("""{"id":"q","type":"next","payload":{"data":{"me":null}}}""");
    }

    [Fact]
    public async Task Operations_Should_Interleave_On_One_Connection()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SubscribeAsync("a", "subscription { countdown(from: 2) }");
        await client.SubscribeAsync("b", "subscription { countdown(from: 2) }");
        var messages = new List<JsonElement>();
        for (var i = 0; i < 8; i++)
        {
            messages.Add(await client.ReceiveAsync());
        }

        foreach (var id in new[] { "a", "b" })
        {
            messages.Where(m => m.GetProperty("id").GetString() == id).Select(m => m.GetProperty("type").GetString() == "next"
                    ? m.GetProperty("payload").GetProperty("data").GetProperty("countdown").ToString()
                    : "complete")
                .Should().Equal("2", "1", "0", "complete");
        }
    }
}
