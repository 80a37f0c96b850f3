using FluentAssertions;
using Graph.AspNetCore.Http;
using Graph.AspNetCore.Tests.Subscriptions.Support;
using Graph.AspNetCore.Tests.Support;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions;

/// <summary>
/// The trusted-documents allowlist holds on every transport, not only GraphQL over HTTP: a
/// WebSocket or event-stream client cannot run a document the manifest does not name.
/// </summary>
public sealed class TrustedDocumentsTransportTests : IAsyncLifetime
{
    private const string Trusted = "subscription Countdown { countdown(from: 1) }";
    private readonly string _manifest = Path.GetTempFileName();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private GraphQLTestServer _server = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_manifest, $$"""{ "countdown-v1": {{System.Text.Json.JsonSerializer.Serialize(Trusted)}} }""");
        _server = await GraphQLTestServer.StartAsync(graphql => graphql.AddSubscriptionTestSchema().AddTrustedDocuments(_manifest));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        File.Delete(_manifest);
    }

    [Fact]
    public async Task WebSocket_Should_Run_Manifest_Documents_By_Id_And_Reject_Others()
    {
        await using var client = await WsTestClient.ConnectAndInitAsync(_server.GraphQLEndpoint);

        await client.SendAsync(new { id = "trusted", type = "subscribe", payload = new { documentId = "countdown-v1" } });
        var trusted = new[] { (await client.ReceiveAsync()).ToString(), (await client.ReceiveAsync()).ToString(), (await client.ReceiveAsync()).ToString() };
        await client.SubscribeAsync("arbitrary", "subscription { countdown(from: 5) }");
        var arbitrary = await client.ReceiveAsync();

        trusted.Should().Equal(
            """{"id":"trusted","type":"next","payload":{"data":{"countdown":1}}}""",
            """{"id":"trusted","type":"next","payload":{"data":{"countdown":0}}}""",
            """{"id":"trusted","type":"complete"}""");
        arbitrary.GetProperty("type").GetString().Should().Be("error");
        arbitrary.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(PersistedOperationErrorCodes.NotInList);
    }

    [Fact]
    public async Task Event_Stream_Should_Reject_Documents_Outside_The_Manifest()
    {
        await using var stream = await SseTestStream.OpenAsync(await SseTestStream.PostAsync(_http, _server.GraphQLEndpoint, new { query = "{ hello }" }));

        var events = await stream.ReadToEndAsync();

        events.Select(e => e.Event).Should().Equal("next", "complete");
        events[0].Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be(PersistedOperationErrorCodes.NotInList);
        events[0].Json.TryGetProperty("data", out _).Should().BeFalse();
    }
}
