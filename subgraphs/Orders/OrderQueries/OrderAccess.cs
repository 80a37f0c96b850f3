using System.Security.Claims;
using Graph.Orders.Domain;
using Graph.Orders.Infrastructure;
using Graph.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.OrderQueries;

/// <summary>Who may see an order: its owner or an admin. Every path to an order (query, lookup, mutation, subscription) asks here.</summary>
public static class OrderAccess
{
    public static bool CanSee(ClaimsPrincipal caller, Guid ownerId) => caller.IsAdmin() || caller.GetUserId() == ownerId;

    /// <summary>Orders with their lines and history, for reading.</summary>
    public static IQueryable<Order> WithDetails(this IQueryable<Order> orders) =>
        orders.Include(o => o.Lines).Include(o => o.StatusHistory);

    /// <summary>The order if it exists and the caller may see it; otherwise null (another's order is indistinguishable from none).</summary>
    public static async Task<Order?> FindVisibleAsync(OrdersDb db, ClaimsPrincipal caller, Guid orderId, bool track, CancellationToken cancellationToken)
    {
        var query = track ? db.Orders.WithDetails() : db.Orders.AsNoTracking().WithDetails();
        var order = await query.FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken).ConfigureAwait(false);
        return order is not null && CanSee(caller, order.UserId) ? order : null;
    }
}
