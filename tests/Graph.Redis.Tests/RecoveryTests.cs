using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

/// <summary>Each test owns a private server, because it kills and restarts it.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public async Task Server_That_Is_Down_Should_Fail_With_A_Connection_Error_Not_Hang()
    {
        await using var client = new RedisClient(new RedisOptions { Port = UnusedPort(), ConnectTimeout = TimeSpan.FromSeconds(2) });

        var first = async () => await client.GetAsync("k");
        var second = async () => await client.PingAsync();

        (await Bounded.WaitAsync(first.Should().ThrowAsync<RedisConnectionException>(), "the first command to fail"))
            .Which.Message.Should().Contain("Cannot connect to Redis at 127.0.0.1:");
        (await Bounded.WaitAsync(second.Should().ThrowAsync<RedisConnectionException>(), "a later command to fail"))
            .Which.Message.Should().Contain("unavailable");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Commands_Should_Fail_While_Down_And_Succeed_After_Restart(int protocol)
    {
        await using var redis = await RedisServerFixture.StartDedicatedAsync();
        await using var client = redis.CreateClient(o => o.Protocol = protocol);
        await client.SetAsync("before", "1");

        await redis.StopServerAsync();
        var whileDown = () => client.GetStringAsync("before");
        await Bounded.WaitAsync(whileDown.Should().ThrowAsync<RedisConnectionException>(), "a command against the stopped server to fail");

        await redis.StartServerAsync();
        await Bounded.RetryAsync(() => client.SetAsync("after", "2"), ok => ok, "the client to reconnect");
        (await client.GetStringAsync("after")).Should().Be("2");
        (await client.GetStringAsync("before")).Should().BeNull("the restarted server has no persistence");
    }

    [Fact]
    public async Task In_Flight_Command_Should_Fail_When_The_Server_Dies()
    {
        await using var redis = await RedisServerFixture.StartDedicatedAsync();
        await using var client = redis.CreateClient(o => o.CommandTimeout = TimeSpan.FromSeconds(30));
        await client.ConnectAsync();

        var blocked = client.ExecuteAsync(["BLPOP", redis.Prefix + "never", 0]).AsTask();
        await redis.StopServerAsync();

        var act = () => blocked;
        (await Bounded.WaitAsync(act.Should().ThrowAsync<RedisConnectionException>(), "the in-flight BLPOP to fail"))
            .Which.Message.Should().Contain("lost");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Subscriptions_Should_Resume_After_Restart(int protocol)
    {
        await using var redis = await RedisServerFixture.StartDedicatedAsync();
        await using var subscriber = redis.CreateClient(o => o.Protocol = protocol);
        await using var publisher = redis.CreateClient();
        var received = Channel.CreateUnbounded<RedisMessage>();
        await using var channel = await subscriber.Subscriber.SubscribeAsync("events", m => received.Writer.TryWrite(m));
        await using var pattern = await subscriber.Subscriber.PatternSubscribeAsync("orders.*", m => received.Writer.TryWrite(m));

        await redis.StopServerAsync();
        await redis.StartServerAsync();

        // PUBLISH counts receivers, so it tells when both subscriptions are back.
        await Bounded.RetryAsync(() => publisher.PublishAsync("events", "after-restart"), n => n == 1, "the channel subscription to resume");
        await Bounded.RetryAsync(() => publisher.PublishAsync("orders.paid", "pattern-after-restart"), n => n == 1, "the pattern subscription to resume");

        var texts = new List<string>();
        while (texts.Count < 2 || !texts.Contains("pattern-after-restart"))
        {
            texts.Add((await Bounded.WaitAsync(received.Reader.ReadAsync().AsTask(), "messages after the restart")).PayloadText);
        }

        texts.Should().Contain(["after-restart", "pattern-after-restart"]);
    }

    private static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
