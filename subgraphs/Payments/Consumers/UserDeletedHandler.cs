using Graph.Messaging;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Infrastructure;
using Graph.Payments.Saga;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md). Payments are financial records and stay, keyed by the user id that no
/// longer names anybody; what could lead back to the person goes:
/// <list type="bullet">
/// <item>a PENDING payment is failed (<c>payment.failed.v1</c>, <c>payment_method_unusable</c>) and never charged;</item>
/// <item>the Stripe payment method id (<c>pm_...</c>, the customer's saved card at Stripe) is erased from every payment
/// of the user: it only serves the charge, which is over;</item>
/// <item>the user -> Stripe customer mapping is deleted: refunds of existing payments name the PaymentIntent
/// (<c>StripeClient.RefundAsync</c>), never the customer, so nothing needs it any more, and without it a later charge
/// could not reuse the erased customer;</item>
/// <item>the id goes into <c>erased_users</c>, so an <c>order.created</c> of the user that arrives later is failed
/// without contacting Stripe (<see cref="PaymentProcessor.RecordOrderAsync"/>).</item>
/// </list>
/// Payments stores no email or name (the email of <c>order.created</c> only went to Stripe when the customer was
/// created). In the consumer's transaction with the inbox row; a second delivery finds nothing left to change.
/// </summary>
public sealed class UserDeletedHandler(PaymentsDb db, PaymentProcessor payments, TimeProvider clock) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var userId = integrationEvent.UserId;
        await ErasedCustomers.LockAsync(db, userId, cancellationToken).ConfigureAwait(false);

        var pendingOrders = await db.Payments
            .Where(p => p.UserId == userId && p.Status == PaymentStatus.Pending)
            .OrderBy(p => p.OrderId)
            .Select(p => p.OrderId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var orderId in pendingOrders)
        {
            await payments.FailPendingOfErasedCustomerAsync(orderId, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await db.Payments.Where(p => p.UserId == userId && p.PaymentMethodId != "")
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.PaymentMethodId, ""), cancellationToken).ConfigureAwait(false);
        await db.StripeCustomers.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO erased_users (user_id, erased_at) VALUES ({userId}, {clock.GetUtcNow()}) ON CONFLICT (user_id) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
    }
}
