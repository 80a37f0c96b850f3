using System.Globalization;
using Graph.AspNetCore.Subscriptions;
using Graph.Messaging;
using Graph.Orders.Events;
using Graph.Orders.Infrastructure;
using Graph.Orders.Subscriptions;

namespace Graph.Orders.Domain;

/// <summary>
/// Applies a status change to a tracked order: checks it with <see cref="OrderStatusMachine"/>, appends the history
/// entry, writes <c>order.status</c> to the outbox (same SaveChanges, same transaction) and queues the subscription bus
/// message for after the commit. The caller saves.
/// </summary>
public sealed class OrderTransitions(TimeProvider clock, ITopicEventSender bus)
{
    /// <summary>False (nothing changed) when the move is not legal from the order's current status.</summary>
    public bool TryMove(OrdersDb db, Order order, OrderStatus to)
    {
        var from = order.Status;
        if (!OrderStatusMachine.CanMove(from, to, order.WasPaid))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        order.Status = to;
        order.UpdatedAt = now;
        order.StatusHistory.Add(new OrderStatusChange { OrderId = order.Id, Status = to, At = now });
        db.AddIntegrationEvent(new OrderStatusChanged(
            order.Id, order.UserId, order.CustomerEmail, EnumText.ToText(to), EnumText.ToText(from),
            Money(order.Total), order.Currency));
        QueueBroadcast(db, new OrderStatusUpdate(order.Id, order.UserId, to, from, now, order.StatusHistory.Count));
        return true;
    }

    /// <summary>Queues <paramref name="update"/> for both subscription topics, sent once the transaction committed.</summary>
    public void QueueBroadcast(OrdersDb db, OrderStatusUpdate update) =>
        db.AfterCommit.Add(async () =>
        {
            await bus.SendAsync(OrderStatusUpdate.OrderTopic(update.OrderId), update).ConfigureAwait(false);
            await bus.SendAsync(OrderStatusUpdate.UserTopic(update.UserId), update).ConfigureAwait(false);
        });

    /// <summary>Money as the events' decimal string (<c>"12.50"</c>).</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
