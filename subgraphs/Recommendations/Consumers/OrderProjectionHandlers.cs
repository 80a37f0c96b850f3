using Graph.Messaging;
using Graph.Recommendations.Events;
using Graph.Recommendations.Infrastructure;
using Graph.Recommendations.Projection;
using Microsoft.EntityFrameworkCore;

namespace Graph.Recommendations.Consumers;

/// <summary>
/// Orders' events into the order facts and, through <see cref="PurchaseProjection"/>, the derived tables; in the
/// consumer's transaction with its inbox row, so a redelivered message is skipped. Facts are upserts that only OR in
/// truths (created, paid, ended) and add lines, so the same events twice or in another order (a status before its
/// <c>order.created</c>, REFUNDED before PAID) leave the same facts, and thus the same derived state. Events of an
/// erased user (<c>erased_users</c>) are ignored.
/// </summary>
public sealed class OrderProjectionHandlers(RecommendationsDb db, PurchaseProjection projection, UserErasure erasure)
    : IIntegrationEventHandler<OrderCreated>, IIntegrationEventHandler<OrderStatusChanged>
{
    /// <summary>Statuses of a paid order (docs/events.md: a paid order is later SHIPPED, DELIVERED).</summary>
    private static readonly HashSet<string> PaidStatuses = new(StringComparer.Ordinal) { "PAID", "SHIPPED", "DELIVERED" };

    /// <summary>Statuses after which the order is no purchase (issue 8: refunded or cancelled orders stop counting).</summary>
    private static readonly HashSet<string> EndedStatuses = new(StringComparer.Ordinal) { "REFUNDED", "CANCELLED" };

    public async Task HandleAsync(OrderCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var orderId = integrationEvent.OrderId;
        await ProjectionLock.AcquireAsync(db, cancellationToken).ConfigureAwait(false);
        if (await erasure.IsErasedAsync(integrationEvent.UserId, cancellationToken).ConfigureAwait(false))
        {
            return; // the account was erased: a late event must not bring its purchases back
        }

        var countedBefore = await projection.CountsAsync(orderId, cancellationToken).ConfigureAwait(false);

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO order_facts (order_id, user_id, created) VALUES ({orderId}, {integrationEvent.UserId}, true)
            ON CONFLICT (order_id) DO UPDATE SET created = true
            """, cancellationToken).ConfigureAwait(false);
        var products = integrationEvent.Lines
            .Where(l => string.Equals(l.Kind, "PRODUCT", StringComparison.Ordinal))
            .Select(l => l.ItemId)
            .Distinct()
            .ToArray();
        if (products.Length > 0)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO order_lines (order_id, product_id) SELECT {orderId}, p FROM unnest({products}) AS p ON CONFLICT DO NOTHING",
                cancellationToken).ConfigureAwait(false);
        }

        await projection.ApplyAsync(orderId, countedBefore, cancellationToken).ConfigureAwait(false);
    }

    public async Task HandleAsync(OrderStatusChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ArgumentNullException.ThrowIfNull(context);
        var orderId = integrationEvent.OrderId;
        var paid = PaidStatuses.Contains(integrationEvent.Status);
        var ended = EndedStatuses.Contains(integrationEvent.Status);
        if (!paid && !ended)
        {
            return; // PENDING, REJECTED, PAYMENT_FAILED...: nothing a purchase depends on.
        }

        // The purchase time is the earliest paid status's time (the envelope's), whatever order they arrive in.
        DateTimeOffset? paidAt = paid ? context.Envelope.Time : null;
        await ProjectionLock.AcquireAsync(db, cancellationToken).ConfigureAwait(false);
        if (await erasure.IsErasedAsync(integrationEvent.UserId, cancellationToken).ConfigureAwait(false))
        {
            return; // the account was erased (see above)
        }

        var countedBefore = await projection.CountsAsync(orderId, cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO order_facts (order_id, user_id, paid, ended, paid_at) VALUES ({orderId}, {integrationEvent.UserId}, {paid}, {ended}, {paidAt})
            ON CONFLICT (order_id) DO UPDATE SET
                paid = order_facts.paid OR EXCLUDED.paid,
                ended = order_facts.ended OR EXCLUDED.ended,
                paid_at = LEAST(order_facts.paid_at, EXCLUDED.paid_at)
            """, cancellationToken).ConfigureAwait(false);
        await projection.ApplyAsync(orderId, countedBefore, cancellationToken).ConfigureAwait(false);
    }
}
