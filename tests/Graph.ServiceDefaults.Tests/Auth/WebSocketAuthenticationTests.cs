using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Graph.Testing.Services;
using Xunit;

namespace Graph.ServiceDefaults.Tests.Auth;

public sealed class WebSocketAuthenticationTests(BearerServiceFixture fixture) : IClassFixture<BearerServiceFixture>
{
    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(fixture.Host.GraphQLEndpoint) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(message.ToArray());
    }

    [Fact]
    public async Task A_Valid_Token_In_Connection_Init_Should_Be_The_Connection_User()
    {
        var userId = Guid.NewGuid();
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + fixture.Tokens.Create(userId, ["customer"]) } });
        using var ack = await ReceiveAsync(socket);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id roles } }" } });
        using var next = await ReceiveAsync(socket);

        ack!.RootElement.GetProperty("type").GetString().Should().Be("connection_ack");
        next!.RootElement.GetProperty("type").GetString().Should().Be("next", next.RootElement.ToString());
        next.RootElement.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("id").GetString().Should().Be(userId.ToString());
    }

    [Fact]
    public async Task An_Invalid_Token_In_Connection_Init_Should_Close_With_4403_And_The_Reason()
    {
        using var socket = await ConnectAsync();
        var expired = fixture.Tokens.StandardClaims(Guid.NewGuid());
        expired["exp"] = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds();

        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + fixture.Tokens.CreateWithClaims(expired) } });
        var closed = await ReceiveAsync(socket);

        closed.Should().BeNull();
        ((int?)socket.CloseStatus).Should().Be(4403);
        socket.CloseStatusDescription.Should().Be("AUTH_INVALID_TOKEN: The token has expired.");
    }

    [Fact]
    public async Task No_Token_In_Connection_Init_Should_Be_Anonymous()
    {
        using var socket = await ConnectAsync();

        await SendAsync(socket, new { type = "connection_init" });
        using var ack = await ReceiveAsync(socket);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { id } }" } });
        using var next = await ReceiveAsync(socket);

        ack!.RootElement.GetProperty("type").GetString().Should().Be("connection_ack");
        next!.RootElement.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()
            .Should().Be("AUTH_NOT_AUTHENTICATED");
    }
}
