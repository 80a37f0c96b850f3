using System.Security.Claims;
using Graph.AspNetCore.Authorization;
using Graph.Orders.Carts;
using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.Orders.Infrastructure;
using Graph.Orders.OrderQueries;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Orders.OrderMutations;

/// <summary>
/// Status changes made by people: the customer cancels (PENDING or PAID), an admin ships and delivers. Each goes
/// through <see cref="OrderTransitions"/>: history, <c>order.status</c> in the outbox and the subscription message.
/// </summary>
[MutationType]
public static class OrderStatusMutations
{
    [Authorize]
    [GraphQLDescription("Cancels the caller's order while it is PENDING or PAID (admins: any order). Emits `order.status`; a paid order is then refunded by Payments.")]
    public static Task<OrderPayload> CancelOrderAsync(
        OrderIdInput input, ClaimsPrincipal caller, OrdersDb db, OrderTransitions transitions, CancellationToken cancellationToken) =>
        MoveAsync(db, caller, transitions, input.OrderId, OrderStatus.Cancelled, null, cancellationToken);

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Marks a PAID order SHIPPED with its tracking (admins only). Emits `order.status`.")]
    public static Task<OrderPayload> MarkShippedAsync(
        MarkShippedInput input, ClaimsPrincipal caller, OrdersDb db, OrderTransitions transitions, CancellationToken cancellationToken)
    {
        var errors = new List<IError>();
        CheckText(errors, "carrier", input.Carrier);
        CheckText(errors, "trackingNumber", input.TrackingNumber);
        return errors.Count > 0
            ? Task.FromResult(new OrderPayload(null, errors))
            : MoveAsync(db, caller, transitions, input.OrderId, OrderStatus.Shipped, order =>
            {
                order.Carrier = input.Carrier.Trim();
                order.TrackingNumber = input.TrackingNumber.Trim();
            }, cancellationToken);
    }

    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Marks a SHIPPED order DELIVERED (admins only). Emits `order.status`.")]
    public static Task<OrderPayload> MarkDeliveredAsync(
        OrderIdInput input, ClaimsPrincipal caller, OrdersDb db, OrderTransitions transitions, CancellationToken cancellationToken) =>
        MoveAsync(db, caller, transitions, input.OrderId, OrderStatus.Delivered, null, cancellationToken);

    private static async Task<OrderPayload> MoveAsync(
        OrdersDb db, ClaimsPrincipal caller, OrderTransitions transitions, Guid orderId, OrderStatus to, Action<Order>? also, CancellationToken cancellationToken)
    {
        // Row lock for the read-check-write: a saga outcome consumed at the same moment waits for this move (or this
        // one for it) and then sees the new status, so two moves never both start from the same old status.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM orders WHERE id = {orderId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
        var order = await OrderAccess.FindVisibleAsync(db, caller, orderId, track: true, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            return new OrderPayload(null, [new NotFoundError("Order", orderId.ToString())]);
        }

        var from = order.Status;
        if (!transitions.TryMove(db, order, to))
        {
            return new OrderPayload(null, [new IllegalStatusTransitionError(from, to)]);
        }

        also?.Invoke(order);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await db.AfterCommit.RunAsync().ConfigureAwait(false);
        return new OrderPayload(order, []);
    }

    private static void CheckText(List<IError> errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > CartLimits.MaxKeyLength)
        {
            errors.Add(new ValidationError(field, $"`{field}` must be 1 to {CartLimits.MaxKeyLength} characters."));
        }
    }
}
