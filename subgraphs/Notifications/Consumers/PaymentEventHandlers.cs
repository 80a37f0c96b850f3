using Graph.Messaging;
using Graph.Notifications.Composition;
using Graph.Notifications.Events;

namespace Graph.Notifications.Consumers;

/// <summary>Tells the customer about <c>payment.succeeded.v1</c>.</summary>
public sealed class PaymentSucceededHandler(NotificationRecorder recorder) : IIntegrationEventHandler<PaymentSucceededIntegrationEvent>
{
    public Task HandleAsync(PaymentSucceededIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        recorder.RecordAsync(context.Envelope.Id, PaymentSucceededIntegrationEvent.TypeName, e.OrderId, CustomerMessages.PaymentSucceeded(e), ct);
}

/// <summary>Tells the customer about <c>payment.failed.v1</c>.</summary>
public sealed class PaymentFailedHandler(NotificationRecorder recorder) : IIntegrationEventHandler<PaymentFailedIntegrationEvent>
{
    public Task HandleAsync(PaymentFailedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        recorder.RecordAsync(context.Envelope.Id, PaymentFailedIntegrationEvent.TypeName, e.OrderId, CustomerMessages.PaymentFailed(e), ct);
}

/// <summary>Tells the customer about <c>payment.refunded.v1</c>.</summary>
public sealed class PaymentRefundedHandler(NotificationRecorder recorder) : IIntegrationEventHandler<PaymentRefundedIntegrationEvent>
{
    public Task HandleAsync(PaymentRefundedIntegrationEvent e, IntegrationEventContext context, CancellationToken ct) =>
        recorder.RecordAsync(context.Envelope.Id, PaymentRefundedIntegrationEvent.TypeName, e.OrderId, CustomerMessages.PaymentRefunded(e), ct);
}
