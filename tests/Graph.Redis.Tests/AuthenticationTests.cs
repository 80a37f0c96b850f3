using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private RedisServerFixture _redis = null!;

    public async Task InitializeAsync() =>
        _redis = await RedisServerFixture.StartDedicatedAsync(new RedisServerSettings
        {
            Password = "default-secret",
            User = "app",
            UserPassword = "app-secret",
        });

    public Task DisposeAsync() => _redis.DisposeAsync();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Password_Should_Authenticate_The_Default_User(int protocol)
    {
        await using var client = _redis.CreateClient(o => o.Protocol = protocol);

        await client.SetAsync("k", "v");

        (await client.ExecuteAsync(["ACL", "WHOAMI"])).AsString().Should().Be("default");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task User_And_Password_Should_Authenticate_As_That_User(int protocol)
    {
        await using var client = _redis.CreateClient(o =>
        {
            o.Protocol = protocol;
            o.User = "app";
            o.Password = "app-secret";
            o.Database = 3;
        });

        (await client.ExecuteAsync(["ACL", "WHOAMI"])).AsString().Should().Be("app");
        (await client.ExecuteAsync(["CLIENT", "INFO"])).AsString().Should().Contain("db=3");
    }

    [Fact]
    public async Task Wrong_Password_Should_Fail_With_The_Servers_Reason()
    {
        await using var client = _redis.CreateClient(o => o.Password = "wrong");

        var act = () => client.PingAsync();

        (await Bounded.WaitAsync(act.Should().ThrowAsync<RedisConnectionException>(), "the rejected handshake"))
            .Which.Message.Should().Contain("WRONGPASS");
    }

    [Fact]
    public async Task Missing_Password_Should_Fail_With_NoAuth()
    {
        await using var client = _redis.CreateClient(o => o.Password = null);

        var act = () => client.GetAsync("k");

        (await act.Should().ThrowAsync<RedisServerException>()).Which.Kind.Should().Be("NOAUTH");
    }

    [Fact]
    public async Task Subscriber_Connection_Should_Authenticate_Too()
    {
        await using var client = _redis.CreateClient();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var subscription = await client.Subscriber.SubscribeAsync("secured", m => received.TrySetResult(m.PayloadText));

        await client.PublishAsync("secured", "ok");

        (await Bounded.WaitAsync(received.Task, "the message on the authenticated subscriber")).Should().Be("ok");
    }
}
