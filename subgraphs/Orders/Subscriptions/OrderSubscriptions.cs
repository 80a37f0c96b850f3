using System.Runtime.CompilerServices;
using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.AspNetCore.Subscriptions;
using Graph.Execution;
using Graph.Orders.Infrastructure;
using Graph.Orders.OrderQueries;
using Graph.ServiceDefaults.Auth;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Subscriptions;

/// <summary>
/// Live order status through the subscription bus (Redis across replicas): whichever replica committed a change sends
/// it. A subscriber only ever sees their own orders: another's order id is refused when subscribing, and every
/// message is checked against the caller again.
/// </summary>
[SubscriptionType]
public static class OrderSubscriptions
{
    [Authorize]
    [GraphQLDescription("The current status of one of the caller's orders (admins: any order), then each change, in order. Another customer's or an unknown order id is an `ORDER_NOT_FOUND` error.")]
    public static async IAsyncEnumerable<OrderStatusUpdate> OrderStatusChangedAsync(
        [ID, GraphQLDescription("The order's id.")] Guid orderId,
        ClaimsPrincipal caller,
        IDbContextFactory<OrdersDb> databases,
        ITopicEventReceiver receiver,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        RequireSignedIn(caller);

        // Listen first, then read the current state: a change committed after the read is sent on the bus after the
        // read too, so it is not missed; one the read already saw is dropped by its version (no gap, no duplicate).
        await using var stream = await receiver.SubscribeAsync<OrderStatusUpdate>(OrderStatusUpdate.OrderTopic(orderId), cancellationToken).ConfigureAwait(false);
        OrderStatusUpdate? current;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.StatusHistory)
                .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
            if (order is null || !OrderAccess.CanSee(caller, order.UserId))
            {
                throw new GraphQLException("No order with this id is yours to follow.", "ORDER_NOT_FOUND");
            }

            current = OrderStatusUpdate.Current(order);
        }

        var seen = 0;
        if (current is not null)
        {
            seen = current.Version;
            yield return current;
        }

        await foreach (var update in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (update.OrderId == orderId && update.Version > seen && OrderAccess.CanSee(caller, update.UserId))
            {
                seen = update.Version;
                yield return update;
            }
        }
    }

    [Authorize]
    [GraphQLDescription("The status changes of all the caller's orders, new orders included.")]
    public static async IAsyncEnumerable<OrderStatusUpdate> MyOrderUpdatesAsync(
        ClaimsPrincipal caller,
        ITopicEventReceiver receiver,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var userId = RequireSignedIn(caller);
        await using var stream = await receiver.SubscribeAsync<OrderStatusUpdate>(OrderStatusUpdate.UserTopic(userId), cancellationToken).ConfigureAwait(false);
        await foreach (var update in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (update.UserId == userId)
            {
                yield return update;
            }
        }
    }

    /// <summary>
    /// The caller's id; an anonymous subscriber is refused here, when subscribing (the field's <c>[Authorize]</c> is
    /// checked when each event resolves, too late to refuse the subscription itself).
    /// </summary>
    private static Guid RequireSignedIn(ClaimsPrincipal caller) =>
        caller.GetUserId() ?? throw new GraphQLException("Sign in to follow orders.", "AUTH_NOT_AUTHENTICATED");
}
