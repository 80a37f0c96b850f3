using System.Text;
using System.Text.Json;
using FluentAssertions;
using Graph.Messaging;
using Xunit;

namespace Graph.Messaging.Tests;

public sealed class EnvelopeTests
{
    private static readonly IntegrationEventTypeMap Map = new IntegrationEventTypeMap()
        .Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

    [Fact]
    public void Envelope_Should_Round_Trip_The_Event()
    {
        var original = new OrderCreatedIntegrationEvent(Guid.NewGuid(), "ada", 12.50m);

        var bytes = EventEnvelope.Create(original, Map.Get(original.GetType()), "/orders").ToUtf8Bytes();
        var read = EventEnvelope.Parse(bytes).ToEvent(Map);

        read.Should().BeOfType<OrderCreatedIntegrationEvent>();
        read.Should().Be(original with { OccurredAt = original.OccurredAt.ToUniversalTime() });
    }

    [Fact]
    public void Envelope_Should_Have_The_CloudEvents_Shape()
    {
        var orderId = Guid.NewGuid();
        var integrationEvent = new OrderCreatedIntegrationEvent(orderId, "ada", 12.50m)
        {
            OccurredAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };

        var json = JsonDocument.Parse(EventEnvelope.Create(integrationEvent, Map.Get(integrationEvent.GetType()), "/orders").ToUtf8Bytes()).RootElement;

        json.EnumerateObject().Select(p => p.Name).Should().Equal("specversion", "id", "type", "source", "time", "subject", "datacontenttype", "data");
        json.GetProperty("id").GetGuid().Should().Be(integrationEvent.Id);
        json.GetProperty("type").GetString().Should().Be("order.created.v1");
        json.GetProperty("source").GetString().Should().Be("/orders");
        json.GetProperty("time").GetString().Should().Be("2026-01-02T03:04:05+00:00");
        json.GetProperty("subject").GetString().Should().Be(orderId.ToString());
        json.GetProperty("data").GetRawText().Should().Be($$"""{"orderId":"{{orderId}}","customer":"ada","total":12.50}""");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"id":"00000000-0000-0000-0000-000000000000","type":"order.created.v1"}""")]
    public void Parse_Should_Reject_What_Is_Not_An_Envelope(string text)
    {
        var act = () => EventEnvelope.Parse(Encoding.UTF8.GetBytes(text));

        act.Should().Throw<MalformedMessageException>().WithMessage("The message is not an event envelope*");
    }

    [Fact]
    public void ToEvent_Should_Reject_An_Unknown_Type()
    {
        var envelope = EventEnvelope.Create(new OrderCreatedIntegrationEvent(Guid.NewGuid(), "ada", 1m), Map.Get(typeof(OrderCreatedIntegrationEvent)), "/orders")
            with { Type = "order.shipped.v1" };

        var act = () => envelope.ToEvent(Map);

        act.Should().Throw<UnknownIntegrationEventTypeException>().WithMessage("Unknown integration event type 'order.shipped.v1'*");
    }

    [Fact]
    public void ToEvent_Should_Reject_Data_That_Does_Not_Fit_The_Contract()
    {
        var envelope = EventEnvelope.Create(new OrderCreatedIntegrationEvent(Guid.NewGuid(), "ada", 1m), Map.Get(typeof(OrderCreatedIntegrationEvent)), "/orders")
            with { Data = JsonDocument.Parse("""{"orderId":"not a guid"}""").RootElement };

        var act = () => envelope.ToEvent(Map);

        act.Should().Throw<MalformedMessageException>().WithMessage("*does not match OrderCreatedIntegrationEvent*");
    }
}
