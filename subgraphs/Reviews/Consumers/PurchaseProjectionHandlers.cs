using Graph.Messaging;
using Graph.Reviews.Events;
using Graph.Reviews.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.Consumers;

/// <summary>
/// The purchases projection behind <c>verifiedPurchase</c> (issue 8: a local projection of who bought what, never a
/// call to Orders). Runs in the consumer's transaction with its inbox row, so a redelivered message is skipped; and
/// every write is an upsert that only ever adds facts (an order exists, is paid, is refunded, holds a product), so the
/// same events delivered twice or in another order (a status before its <c>order.created</c>, REFUNDED before PAID)
/// end in the same rows.
/// </summary>
public sealed class PurchaseProjectionHandlers(ReviewsDb db)
    : IIntegrationEventHandler<OrderCreated>, IIntegrationEventHandler<OrderStatusChanged>
{
    /// <summary>Statuses that mean the order was paid (docs/events.md: a paid order is later SHIPPED, DELIVERED).</summary>
    private static readonly HashSet<string> PaidStatuses = new(StringComparer.Ordinal) { "PAID", "SHIPPED", "DELIVERED" };

    private const string Refunded = "REFUNDED";

    public async Task HandleAsync(OrderCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var orderId = integrationEvent.OrderId;
        await UpsertOrderAsync(orderId, integrationEvent.UserId, paid: false, refunded: false, cancellationToken).ConfigureAwait(false);
        var products = integrationEvent.Lines
            .Where(l => string.Equals(l.Kind, "PRODUCT", StringComparison.Ordinal))
            .Select(l => l.ItemId)
            .Distinct()
            .ToArray();
        if (products.Length > 0)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO purchase_lines (order_id, product_id) SELECT {orderId}, p FROM unnest({products}) AS p ON CONFLICT DO NOTHING",
                cancellationToken).ConfigureAwait(false);
        }
    }

    public Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var status = integrationEvent.Status;
        var paid = PaidStatuses.Contains(status) || string.Equals(status, Refunded, StringComparison.Ordinal);
        var refunded = string.Equals(status, Refunded, StringComparison.Ordinal);
        return UpsertOrderAsync(integrationEvent.OrderId, integrationEvent.UserId, paid, refunded, cancellationToken);
    }

    // Facts are OR-ed in, never cleared: the result does not depend on the order the events arrive in.
    private Task<int> UpsertOrderAsync(Guid orderId, Guid userId, bool paid, bool refunded, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO purchase_orders (order_id, user_id, paid, refunded) VALUES ({orderId}, {userId}, {paid}, {refunded})
            ON CONFLICT (order_id) DO UPDATE SET
                paid = purchase_orders.paid OR EXCLUDED.paid,
                refunded = purchase_orders.refunded OR EXCLUDED.refunded
            """,
            cancellationToken);
}
