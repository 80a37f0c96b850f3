using Graph.Messaging;
using Graph.Notifications.Composition;
using Graph.Notifications.Events;

namespace Graph.Notifications.Consumers;

/// <summary>Learns who placed an order from <c>order.created.v1</c> (no message: the customer just checked out).</summary>
public sealed class OrderCreatedHandler(NotificationRecorder recorder) : IIntegrationEventHandler<OrderCreatedIntegrationEvent>
{
    public Task HandleAsync(OrderCreatedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        recorder.RememberCustomerAsync(e.OrderId, e.UserId, e.CustomerEmail, ct);
}

/// <summary>Tells the customer about the status changes no payment event covers (shipped, delivered, cancelled, rejected).</summary>
public sealed class OrderStatusChangedHandler(NotificationRecorder recorder) : IIntegrationEventHandler<OrderStatusChangedIntegrationEvent>
{
    public async Task HandleAsync(OrderStatusChangedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct)
    {
        if (!await recorder.RememberCustomerAsync(e.OrderId, e.UserId, e.CustomerEmail, ct)) return; // an erased user
        if (CustomerMessages.OrderStatusChanged(e) is { } message)
        {
            await recorder.RecordAsync(context.Envelope.Id, OrderStatusChangedIntegrationEvent.TypeName, e.OrderId, message, ct);
        }
    }
}
