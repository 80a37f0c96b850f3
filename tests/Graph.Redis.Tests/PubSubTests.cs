using System.Threading.Channels;
using FluentAssertions;
using Graph.Testing.Redis;
using Xunit;

namespace Graph.Redis.Tests;

[Collection(RedisCollection.Name)]
public sealed class PubSubTests(RedisServerFixture redis)
{
    private readonly string _topic = $"ch:{Guid.NewGuid():N}";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Published_Message_Should_Reach_A_Subscriber_On_Another_Connection(int protocol)
    {
        await using var subscriber = redis.CreateClient(o => o.Protocol = protocol);
        await using var publisher = redis.CreateClient(o => o.Protocol = protocol);
        var received = Channel.CreateUnbounded<RedisMessage>();

        await using var subscription = await subscriber.Subscriber.SubscribeAsync(_topic, m => received.Writer.TryWrite(m));
        (await publisher.PublishAsync(_topic, "hello")).Should().Be(1);

        var message = await Bounded.WaitAsync(received.Reader.ReadAsync().AsTask(), "the published message");
        message.Channel.Should().Be(_topic);
        message.PayloadText.Should().Be("hello");
        message.Pattern.Should().BeNull();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Pattern_Subscription_Should_Receive_Matching_Channels_Only(int protocol)
    {
        await using var client = redis.CreateClient(o => o.Protocol = protocol);
        var received = Channel.CreateUnbounded<RedisMessage>();
        await using var subscription = await client.Subscriber.PatternSubscribeAsync(_topic + ".orders.*", m => received.Writer.TryWrite(m));

        await client.PublishAsync(_topic + ".payments.done", "no");
        await client.PublishAsync(_topic + ".orders.created", "yes");

        var message = await Bounded.WaitAsync(received.Reader.ReadAsync().AsTask(), "the message on the matching channel");
        message.Channel.Should().Be(_topic + ".orders.created");
        message.Pattern.Should().Be(_topic + ".orders.*");
        message.PayloadText.Should().Be("yes");
        received.Reader.TryRead(out _).Should().BeFalse("the non-matching channel was published first and must not arrive");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_Subscription_Whose_Connection_Went_Silent_Should_Be_Restored_By_The_Keep_Alive(int protocol)
    {
        var direct = redis.CreateOptions();
        await using var proxy = SilentDropProxy.Start(direct.Port);
        await using var subscriber = redis.CreateClient(o =>
        {
            o.Port = proxy.Port;
            o.Protocol = protocol;
            o.KeepAlive = TimeSpan.FromMilliseconds(200);
            o.CommandTimeout = TimeSpan.FromMilliseconds(500);
        });
        await using var publisher = redis.CreateClient();
        var received = Channel.CreateUnbounded<RedisMessage>();
        var replaced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscriber.Subscriber.ConnectionReplaced += () => replaced.TrySetResult();
        await using var subscription = await subscriber.Subscriber.SubscribeAsync(_topic, m => received.Writer.TryWrite(m));

        proxy.SilenceOpenConnections();
        await Bounded.WaitAsync(replaced.Task, "the keep-alive to replace the silent connection");

        // The new connection subscribes again in the background; publish until it listens too. The server still counts
        // the silenced connection (the proxy keeps its side open, as a NAT that dropped it would leave it to time out).
        await Bounded.RetryAsync(() => publisher.PublishAsync(_topic, "after"), listeners => listeners == 2, "the subscription restored on a new connection");
        (await Bounded.WaitAsync(received.Reader.ReadAsync().AsTask(), "the message after the silence")).PayloadText.Should().Be("after");
    }

    [Fact]
    public async Task Message_Should_Reach_Subscribers_Of_Every_Client()
    {
        await using var first = redis.CreateClient();
        await using var second = redis.CreateClient(o => o.Protocol = 3);
        await using var publisher = redis.CreateClient();
        var one = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var two = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = await first.Subscriber.SubscribeAsync(_topic, m => one.TrySetResult(m.PayloadText));
        await using var b = await second.Subscriber.SubscribeAsync(_topic, m => two.TrySetResult(m.PayloadText));

        (await publisher.PublishAsync(_topic, "fan-out")).Should().Be(2);

        (await Bounded.WaitAsync(one.Task, "the first client's message")).Should().Be("fan-out");
        (await Bounded.WaitAsync(two.Task, "the second client's message")).Should().Be("fan-out");
    }

    [Fact]
    public async Task Handlers_On_One_Channel_Should_Share_One_Server_Subscription_Until_The_Last_Is_Disposed()
    {
        await using var client = redis.CreateClient();
        var first = Channel.CreateUnbounded<string>();
        var second = Channel.CreateUnbounded<string>();
        var a = await client.Subscriber.SubscribeAsync(_topic, m => first.Writer.TryWrite(m.PayloadText));
        var b = await client.Subscriber.SubscribeAsync(_topic, m => second.Writer.TryWrite(m.PayloadText));

        (await client.PublishAsync(_topic, "both")).Should().Be(1, "both handlers share one server-side subscription");
        (await Bounded.WaitAsync(first.Reader.ReadAsync().AsTask(), "the first handler")).Should().Be("both");
        (await Bounded.WaitAsync(second.Reader.ReadAsync().AsTask(), "the second handler")).Should().Be("both");

        await a.DisposeAsync();
        (await client.PublishAsync(_topic, "only-b")).Should().Be(1);
        (await Bounded.WaitAsync(second.Reader.ReadAsync().AsTask(), "the remaining handler")).Should().Be("only-b");

        await b.DisposeAsync();
        await Bounded.RetryAsync(() => client.PublishAsync(_topic, "nobody"), n => n == 0, "UNSUBSCRIBE to take effect");
        first.Reader.TryRead(out _).Should().BeFalse();
    }

    [Fact]
    public async Task Throwing_Handler_Should_Not_Stop_Delivery()
    {
        await using var client = redis.CreateClient();
        var failures = 0;
        client.Subscriber.HandlerFailed += (_, _) => Interlocked.Increment(ref failures);
        var received = Channel.CreateUnbounded<string>();
        await using var subscription = await client.Subscriber.SubscribeAsync(_topic, m =>
        {
            if (m.PayloadText == "bad")
            {
                throw new InvalidOperationException("handler bug");
            }

            received.Writer.TryWrite(m.PayloadText);
        });

        await client.PublishAsync(_topic, "bad");
        await client.PublishAsync(_topic, "good");

        (await Bounded.WaitAsync(received.Reader.ReadAsync().AsTask(), "the message after the failing one")).Should().Be("good");
        Volatile.Read(ref failures).Should().Be(1);
    }
}
