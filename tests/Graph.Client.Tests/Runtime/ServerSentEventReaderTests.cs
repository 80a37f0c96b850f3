using System.Text;
using FluentAssertions;
using Graph.ServerSentEvents;
using Xunit;

namespace Graph.Client.Tests.Runtime;

public sealed class ServerSentEventReaderTests
{
    [Fact]
    public async Task Events_Should_Be_Parsed_With_Comments_Crlf_And_Multi_Line_Data()
    {
        var events = await ReadAllAsync(": keep-alive\r\n\r\nevent: next\r\ndata: {\"a\":\r\ndata:1}\r\n\r\nevent: complete\ndata:\n\n");

        events.Should().HaveCount(2);
        events[0].Event.Should().Be("next");
        Encoding.UTF8.GetString(events[0].Data).Should().Be("{\"a\":\n1}");
        events[1].Event.Should().Be("complete");
        events[1].Data.Should().BeEmpty();
    }

    [Fact]
    public async Task An_Event_Without_Data_Should_Not_Be_Dispatched()
    {
        var events = await ReadAllAsync("event: next\n\nevent: ping\ndata: x\n\n");

        events.Should().ContainSingle().Which.Event.Should().Be("ping");
    }

    [Fact]
    public async Task An_Event_Over_The_Limit_Should_Fail()
    {
        var act = () => ReadAllAsync("event: next\ndata: " + new string('x', 200) + "\n\n", maxEventBytes: 100);

        await act.Should().ThrowAsync<GraphQLClientException>().WithMessage("*exceeds the limit of 100 bytes*");
    }

    private static async Task<List<ServerSentEvent>> ReadAllAsync(string text, int maxEventBytes = 1024)
    {
        // One byte per read: events split across reads at every position.
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(text));
        var reader = new ServerSentEventReader(stream, maxEventBytes, GraphQLHttpClient.EventTooLarge);
        var events = new List<ServerSentEvent>();
        while (await reader.ReadAsync(CancellationToken.None) is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(1, buffer.Length)], cancellationToken);
    }
}
