using FluentAssertions;
using Graph.Messaging;
using Xunit;

namespace Graph.Messaging.Tests;

public sealed class EventTypeMapTests
{
    [Fact]
    public void Get_Should_Return_The_Registered_Type_And_Topic()
    {
        var map = new IntegrationEventTypeMap().Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        var byName = map.Get("order.created.v1");
        var byType = map.Get(typeof(OrderCreatedIntegrationEvent));

        byName.Should().BeSameAs(byType);
        byName.EventType.Should().Be<OrderCreatedIntegrationEvent>();
        byName.Topic.Should().Be("order.create");
    }

    [Fact]
    public void Get_Should_Reject_An_Unknown_Type_Naming_The_Registered_Ones()
    {
        var map = new IntegrationEventTypeMap()
            .Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create")
            .Register<OrderCancelledIntegrationEvent>("order.cancelled.v1", "order.status");

        var act = () => map.Get("order.created.v2");

        act.Should().Throw<UnknownIntegrationEventTypeException>()
            .Where(e => e.EventType == "order.created.v2")
            .WithMessage("Unknown integration event type 'order.created.v2'. Registered types: order.cancelled.v1, order.created.v1.");
    }

    [Fact]
    public void Get_Should_Not_Guess_A_Type_From_The_Class_Name()
    {
        var map = new IntegrationEventTypeMap();

        var act = () => map.Get(nameof(OrderCreatedIntegrationEvent));

        act.Should().Throw<UnknownIntegrationEventTypeException>().WithMessage("*Registered types: (none).");
    }

    [Fact]
    public void Get_By_Type_Should_Explain_How_To_Register_An_Unregistered_Type()
    {
        var act = () => new IntegrationEventTypeMap().Get(typeof(OrderCreatedIntegrationEvent));

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddEvent<OrderCreatedIntegrationEvent>*");
    }

    [Theory]
    [InlineData("order.created")]
    [InlineData("OrderCreated.v1")]
    [InlineData("order..created.v1")]
    [InlineData("order.created.version1")]
    [InlineData("v1")]
    public void Register_Should_Reject_Names_Without_A_Version(string name)
    {
        var act = () => new IntegrationEventTypeMap().Register<OrderCreatedIntegrationEvent>(name, "order.create");

        act.Should().Throw<ArgumentException>().WithMessage("*versioned contract name*");
    }

    [Fact]
    public void Register_Should_Reject_One_Name_For_Two_Types()
    {
        var map = new IntegrationEventTypeMap().Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        var act = () => map.Register<OrderCancelledIntegrationEvent>("order.created.v1", "order.create");

        act.Should().Throw<InvalidOperationException>().WithMessage("*already registered*");
    }

    [Fact]
    public void Register_Should_Reject_Two_Names_For_One_Type()
    {
        var map = new IntegrationEventTypeMap().Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        var act = () => map.Register<OrderCreatedIntegrationEvent>("order.placed.v1", "order.create");

        act.Should().Throw<InvalidOperationException>().WithMessage("*one type has one contract name*");
        map.TryGet("order.placed.v1", out _).Should().BeFalse();
    }

    [Fact]
    public void Register_Should_Accept_The_Same_Registration_Twice()
    {
        var map = new IntegrationEventTypeMap().Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        map.Register<OrderCreatedIntegrationEvent>("order.created.v1", "order.create");

        map.Registrations.Should().ContainSingle();
    }
}
