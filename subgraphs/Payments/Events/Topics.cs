namespace Graph.Payments.Events;

/// <summary>Topics and contract names of docs/events.md that Payments uses.</summary>
public static class Topics
{
    public const string OrderCreate = "order.create";
    public const string InventoryEvent = "inventory.event";
    public const string OrderStatus = "order.status";
    public const string PaymentEvent = "payment.event";

    /// <summary>The consumer group of every Payments consumer.</summary>
    public const string ConsumerGroup = "payments";
}
