using Graph.Messaging;

namespace Graph.Catalog.Reservations;

/// <summary>The Catalog's event contracts of the checkout saga, for <c>CatalogService.Build</c> (docs/events.md).</summary>
public static class SagaMessaging
{
    /// <summary>
    /// Maps every type the Catalog reads or writes on the saga's topics. Types on a consumed topic that the Catalog does
    /// not handle (<c>payment.succeeded.v1</c>, <c>payment.refunded.v1</c>) are mapped too: an unmapped type would be
    /// dead-lettered, a mapped one without a handler is skipped.
    /// </summary>
    public static MessagingBuilder AddSagaEvents(this MessagingBuilder messaging)
    {
        ArgumentNullException.ThrowIfNull(messaging);
        return messaging
            .AddEvent<OrderCreated>(SagaContracts.OrderCreatedType, SagaContracts.OrderCreateTopic)
            .AddEvent<InventoryReserved>(SagaContracts.InventoryReservedType, SagaContracts.InventoryTopic)
            .AddEvent<InventoryRejected>(SagaContracts.InventoryRejectedType, SagaContracts.InventoryTopic)
            .AddEvent<InventoryReleased>(SagaContracts.InventoryReleasedType, SagaContracts.InventoryTopic)
            .AddEvent<PaymentSucceeded>(SagaContracts.PaymentSucceededType, SagaContracts.PaymentTopic)
            .AddEvent<PaymentFailed>(SagaContracts.PaymentFailedType, SagaContracts.PaymentTopic)
            .AddEvent<PaymentRefunded>(SagaContracts.PaymentRefundedType, SagaContracts.PaymentTopic)
            .AddEvent<OrderStatusChanged>(SagaContracts.OrderStatusChangedType, SagaContracts.OrderStatusTopic);
    }
}
