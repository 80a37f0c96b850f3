using Graph.Messaging;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Infrastructure;
using Graph.Payments.Saga;
using Graph.Payments.Stripe;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.Consumers;

/// <summary>
/// <c>user.deleted.v1</c> (docs/events.md). Payments are financial records and stay, keyed by the user id that no
/// longer names anybody; what could lead back to the person goes:
/// <list type="bullet">
/// <item>a PENDING payment is failed (<c>payment.failed.v1</c>, <c>payment_method_unusable</c>) and never charged;</item>
/// <item>the Stripe payment method id (<c>pm_...</c>, the customer's saved card at Stripe) is erased from every payment
/// of the user: it only serves the charge, which is over;</item>
/// <item>the Stripe customer itself (which holds the email given at the first charge) is deleted at Stripe, and the
/// user -> Stripe customer mapping here: refunds of existing payments name the PaymentIntent
/// (<c>StripeClient.RefundAsync</c>), never the customer, so nothing needs it any more, and without it a later charge
/// could not reuse the erased customer;</item>
/// <item>the id goes into <c>erased_users</c>, so an <c>order.created</c> of the user that arrives later is failed
/// without contacting Stripe (<see cref="PaymentProcessor.RecordOrderAsync"/>).</item>
/// </list>
/// Payments stores no email or name (the email of <c>order.created</c> only went to Stripe when the customer was
/// created). In the consumer's transaction with the inbox row; a second delivery finds nothing left to change. The
/// deletion at Stripe comes first: if Stripe is unavailable the handler fails and the message is retried with nothing
/// changed here, and if the transaction fails after it, the retry finds the customer already gone at Stripe (a 404,
/// which <see cref="StripeClient.DeleteCustomerAsync"/> reports as false) and carries on.
/// </summary>
public sealed class UserDeletedHandler(PaymentsDb db, PaymentProcessor payments, StripeClient stripe, TimeProvider clock) : IIntegrationEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var userId = integrationEvent.UserId;
        await ErasedCustomers.LockAsync(db, userId, cancellationToken).ConfigureAwait(false);

        var stripeCustomers = await db.StripeCustomers.Where(c => c.UserId == userId).Select(c => c.CustomerId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var customerId in stripeCustomers)
        {
            await stripe.DeleteCustomerAsync(customerId, cancellationToken).ConfigureAwait(false);
        }

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
