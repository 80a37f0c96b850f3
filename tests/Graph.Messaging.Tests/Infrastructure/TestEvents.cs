using Graph.Messaging;

namespace Graph.Messaging.Tests;

public sealed record OrderCreatedIntegrationEvent(Guid OrderId, string Customer, decimal Total) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

public sealed record OrderCancelledIntegrationEvent(Guid OrderId, string Reason) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
