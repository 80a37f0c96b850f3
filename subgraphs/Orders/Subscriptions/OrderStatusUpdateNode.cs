using System.Security.Claims;
using Graph.Orders.Domain;
using Graph.Orders.Infrastructure;
using Graph.Orders.OrderQueries;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.Subscriptions;

/// <summary>The order behind an <see cref="OrderStatusUpdate"/>, read when the subscriber asks for it.</summary>
[ObjectType<OrderStatusUpdate>]
public static class OrderStatusUpdateNode
{
    [GraphQLDescription("The order as it is now (null if the caller may not see it).")]
    public static async Task<Order?> GetOrderAsync(
        [Parent] OrderStatusUpdate update, ClaimsPrincipal caller, IDbContextFactory<OrdersDb> databases, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await OrderAccess.FindVisibleAsync(db, caller, update.OrderId, track: false, cancellationToken).ConfigureAwait(false);
    }
}
