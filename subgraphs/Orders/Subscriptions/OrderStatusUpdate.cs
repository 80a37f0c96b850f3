using Graph.Orders.Domain;
using Graph.Types;

namespace Graph.Orders.Subscriptions;

/// <summary>
/// What subscribers receive when an order's status changed (sent through the subscription bus after commit).
/// <see cref="Version"/> is how many statuses the order had entered with this one (1 for PENDING): the row lock
/// serializes the changes of one order, so it orders them, and <c>orderStatusChanged</c> drops bus messages that are
/// not newer than the state it read.
/// </summary>
[GraphQLDescription("An order's status changed.")]
public sealed record OrderStatusUpdate(
    [property: ID] [property: GraphQLDescription("The order's id.")] Guid OrderId,
    [property: GraphQLIgnore] Guid UserId,
    [property: GraphQLDescription("The new status.")] OrderStatus Status,
    [property: GraphQLDescription("The status before; null for the first (PENDING).")] OrderStatus? PreviousStatus,
    [property: GraphQLDescription("When the change happened.")] DateTimeOffset At,
    [property: GraphQLIgnore] int Version)
{
    /// <summary>The order's current status as an update (its last history entry), or null for an order without history.</summary>
    public static OrderStatusUpdate? Current(Order order)
    {
        var history = order.StatusHistory.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();
        if (history.Count == 0)
        {
            return null;
        }

        var last = history[^1];
        var previous = history.Count > 1 ? history[^2].Status : (OrderStatus?)null;
        return new OrderStatusUpdate(order.Id, order.UserId, last.Status, previous, last.At, history.Count);
    }

    /// <summary>The bus topic of one order's changes.</summary>
    public static string OrderTopic(Guid orderId) => $"order-status:{orderId}";

    /// <summary>The bus topic of all changes of one user's orders.</summary>
    public static string UserTopic(Guid userId) => $"user-orders:{userId}";
}
