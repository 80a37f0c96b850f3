namespace Graph.Payments.Events;

/// <summary>Topics and contract names of docs/events.md that Payments uses.</summary>
public static class Topics
{
    public const string OrderCreate = "order.create";
    public const string InventoryEvent = "inventory.event";
    public const string OrderStatus = "order.status";
    public const string PaymentEvent = "payment.event";
    public const string UserDeleted = "user.deleted";

    /// <summary>
    /// One consumer group per consumed topic (as the Catalog does): members of one group subscribed to different
    /// topics would rebalance each other. The group is also the inbox's consumer name.
    /// </summary>
    public const string OrderCreateGroup = "payments-order-create";

    public const string InventoryGroup = "payments-inventory";

    public const string OrderStatusGroup = "payments-order-status";

    public const string UserDeletedGroup = "payments-user-deleted";
}
