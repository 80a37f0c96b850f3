using Graph.Orders.Domain;
using Graph.Types;

namespace Graph.Orders.Subscriptions;

/// <summary>What subscribers receive when an order's status changed (sent through the subscription bus after commit).</summary>
[GraphQLDescription("An order's status changed.")]
public sealed record OrderStatusUpdate(
    [property: ID] [property: GraphQLDescription("The order's id.")] Guid OrderId,
    [property: GraphQLIgnore] Guid UserId,
    [property: GraphQLDescription("The new status.")] OrderStatus Status,
    [property: GraphQLDescription("The status before; null for the first (PENDING).")] OrderStatus? PreviousStatus,
    [property: GraphQLDescription("When the change happened.")] DateTimeOffset At)
{
    /// <summary>The bus topic of one order's changes.</summary>
    public static string OrderTopic(Guid orderId) => $"order-status:{orderId}";

    /// <summary>The bus topic of all changes of one user's orders.</summary>
    public static string UserTopic(Guid userId) => $"user-orders:{userId}";
}
