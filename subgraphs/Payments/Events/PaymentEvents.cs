using Graph.Messaging;

namespace Graph.Payments.Events;

/// <summary><c>payment.succeeded.v1</c> on <c>payment.event</c>: the order was charged. <see cref="Amount"/> is a decimal string.</summary>
public sealed record PaymentSucceeded(Guid OrderId, Guid PaymentId, string Amount, string Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.failed.v1</c> on <c>payment.event</c>: the charge failed; <see cref="Code"/> is Stripe's (<c>card_declined</c>, <c>authentication_required</c>, ...).</summary>
public sealed record PaymentFailed(Guid OrderId, Guid PaymentId, string Code, string Reason) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary><c>payment.refunded.v1</c> on <c>payment.event</c>: the charge was refunded (compensation or admin).</summary>
public sealed record PaymentRefunded(Guid OrderId, Guid PaymentId, string Amount, string Currency) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
