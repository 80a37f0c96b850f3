namespace Graph.Catalog.Reservations;

/// <summary>The topics and versioned type names of the checkout saga this service takes part in (docs/events.md).</summary>
public static class SagaContracts
{
    /// <summary>The consumer group (and inbox identity) of <c>order.create</c>.</summary>
    public const string ConsumerGroup = "catalog";

    /// <summary>
    /// The group of <c>payment.event</c>. One group per topic: members of one group that subscribe to different topics
    /// rebalance the whole group whenever one of them joins, which held the saga up for a session timeout (30 s) at start.
    /// </summary>
    public const string PaymentConsumerGroup = "catalog-payment";

    /// <summary>The group of <c>order.status</c>; one per topic, as <see cref="PaymentConsumerGroup"/>.</summary>
    public const string OrderStatusConsumerGroup = "catalog-order-status";

    public const string OrderCreateTopic = "order.create";
    public const string OrderCreatedType = "order.created.v1";

    public const string InventoryTopic = "inventory.event";
    public const string InventoryReservedType = "inventory.reserved.v1";
    public const string InventoryRejectedType = "inventory.rejected.v1";
    public const string InventoryReleasedType = "inventory.released.v1";

    public const string PaymentTopic = "payment.event";
    public const string PaymentSucceededType = "payment.succeeded.v1";
    public const string PaymentFailedType = "payment.failed.v1";
    public const string PaymentRefundedType = "payment.refunded.v1";

    public const string OrderStatusTopic = "order.status";
    public const string OrderStatusChangedType = "order.status-changed.v1";

    /// <summary>The line kinds of <c>order.created.v1</c> and <c>inventory.rejected.v1</c>.</summary>
    public const string ProductKind = "PRODUCT";
    public const string CouponKind = "COUPON";

    /// <summary>The <c>order.status-changed.v1</c> status that releases a reservation.</summary>
    public const string CancelledStatus = "CANCELLED";

    /// <summary>The <c>order.status-changed.v1</c> status that commits a reservation: the units leave the shelf.</summary>
    public const string ShippedStatus = "SHIPPED";

    /// <summary><c>inventory.rejected.v1</c> reason: at least one line has fewer units available than ordered.</summary>
    public const string OutOfStockReason = "out_of_stock";

    /// <summary><c>inventory.rejected.v1</c> reason: the lines break a limit (no lines, too many, a bad kind or quantity).</summary>
    public const string InvalidOrderReason = "invalid_order";
}
