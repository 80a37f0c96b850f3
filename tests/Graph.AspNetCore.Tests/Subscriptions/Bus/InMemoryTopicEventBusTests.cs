using FluentAssertions;
using Graph.AspNetCore.Subscriptions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Graph.AspNetCore.Tests.Subscriptions.Bus;

public sealed class InMemoryTopicEventBusTests
{
    [Fact]
    public async Task Subscribers_Should_Receive_Messages_In_Order_Until_The_Topic_Completes()
    {
        var bus = new InMemoryTopicEventBus();
        await using var first = await bus.SubscribeAsync<string>("t");
        await using var second = await bus.SubscribeAsync<string>("t");

        foreach (var message in new[] { "a", "b", "c" })
        {
            await bus.SendAsync("t", message);
        }

        await bus.CompleteAsync("t");

        (await ReadAllAsync(first)).Should().Equal("a", "b", "c");
        (await ReadAllAsync(second)).Should().Equal("a", "b", "c");
        bus.ActiveTopics.Should().Be(0);
    }

    [Fact]
    public async Task Topics_Should_Be_Separate()
    {
        var bus = new InMemoryTopicEventBus();
        await using var a = await bus.SubscribeAsync<int>("a");

        await bus.SendAsync("b", 2);
        await bus.SendAsync("a", 1);
        await bus.CompleteAsync("a");

        (await ReadAllAsync(a)).Should().Equal(1);
    }

    [Fact]
    public async Task Disposing_Or_Cancelling_Should_Unsubscribe()
    {
        var bus = new InMemoryTopicEventBus();
        using var cancel = new CancellationTokenSource();
        var disposed = await bus.SubscribeAsync<string>("x");
        _ = await bus.SubscribeAsync<string>("y", cancel.Token);

        await disposed.DisposeAsync();
        await cancel.CancelAsync();

        bus.ActiveTopics.Should().Be(0);
    }

    [Fact]
    public async Task Ending_The_Enumeration_Should_Unsubscribe()
    {
        var bus = new InMemoryTopicEventBus();
        var stream = await bus.SubscribeAsync<string>("x");
        await bus.SendAsync("x", "only");

        await foreach (var message in stream)
        {
            message.Should().Be("only");
            break;
        }

        bus.ActiveTopics.Should().Be(0);
    }

    [Theory]
    [InlineData(TopicBufferFullMode.DropOldest, new[] { 3, 4 })]
    [InlineData(TopicBufferFullMode.DropNewest, new[] { 1, 4 })]
    [InlineData(TopicBufferFullMode.DropWrite, new[] { 1, 2 })]
    public async Task A_Full_Buffer_Should_Follow_Its_Overflow_Policy(TopicBufferFullMode mode, int[] kept)
    {
        var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<int>("n", bufferCapacity: 2, mode);

        for (var i = 1; i <= 4; i++)
        {
            await bus.SendAsync("n", i);
        }

        await bus.CompleteAsync("n");

        (await ReadAllAsync(stream)).Should().Equal(kept);
        stream.Dropped.Should().Be(2);
    }

    [Fact]
    public async Task The_Fail_Policy_Should_End_The_Subscription_With_An_Error()
    {
        var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<int>("n", bufferCapacity: 1, TopicBufferFullMode.Fail);

        await bus.SendAsync("n", 1);
        await bus.SendAsync("n", 2);

        var read = () => ReadAllAsync(stream);
        (await read.Should().ThrowAsync<TopicBufferOverflowException>()).Which.Message.Should().Be(
            "The subscription to topic 'n' fell more than 1 messages behind and was ended.");
        bus.ActiveTopics.Should().Be(0);
    }

    [Fact]
    public async Task The_Default_Buffer_Should_Come_From_The_Options()
    {
        var bus = new InMemoryTopicEventBus(Options.Create(new SubscriptionBusOptions { TopicBufferCapacity = 1 }));
        await using var stream = await bus.SubscribeAsync<int>("n");

        await bus.SendAsync("n", 1);
        await bus.SendAsync("n", 2);
        await bus.CompleteAsync("n");

        (await ReadAllAsync(stream)).Should().Equal(2);
    }

    [Fact]
    public async Task A_Message_Of_Another_Type_Should_End_The_Subscription_With_A_Clear_Error()
    {
        var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<string>("t");

        await bus.SendAsync("t", 42);

        var read = () => ReadAllAsync(stream);
        (await read.Should().ThrowAsync<InvalidCastException>()).Which.Message.Should().Be(
            "Topic 't' carried a Int32, but this subscription reads String.");
    }

    [Fact]
    public async Task A_Stream_Should_Be_Enumerable_Once_And_Usable_As_A_Source_Stream()
    {
        var bus = new InMemoryTopicEventBus();
        await using var stream = await bus.SubscribeAsync<string>("t");
        IAsyncEnumerable<object?> source = stream;

        await bus.SendAsync("t", "x");
        await using var enumerator = source.GetAsyncEnumerator();
        (await enumerator.MoveNextAsync()).Should().BeTrue();

        var again = () => stream.GetAsyncEnumerator().MoveNextAsync().AsTask();
        await again.Should().ThrowAsync<InvalidOperationException>();
    }

    internal static async Task<List<T>> ReadAllAsync<T>(ISourceStream<T> stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var items = new List<T>();
        await foreach (var item in stream.WithCancellation(timeout.Token))
        {
            items.Add(item);
        }

        return items;
    }
}
