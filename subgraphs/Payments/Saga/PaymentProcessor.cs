using System.Globalization;
using Graph.Messaging;
using Graph.Payments.Domain;
using Graph.Payments.Events;
using Graph.Payments.Infrastructure;
using Graph.Payments.Stripe;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.Saga;

/// <summary>
/// The Payments side of the checkout saga (docs/events.md). Every method runs inside the caller's transaction on the
/// scoped <see cref="PaymentsDb"/> (the consumer's, or the mutation's), locks the payment row (<c>FOR UPDATE</c>), acts
/// only from the states where the action is legal, and adds its <c>payment.event</c> to the outbox; the caller's commit
/// writes state and event together. Exactly one charge per order: the state check, plus Stripe's idempotency key
/// <c>order-&lt;orderId&gt;</c> for a charge retried after a crash between the Stripe call and the commit.
/// </summary>
public sealed class PaymentProcessor(PaymentsDb db, StripeClient stripe, TimeProvider clock, ILogger<PaymentProcessor> logger)
{
    /// <summary>The failure code of a charge that needs the customer to authenticate (3-D Secure) while they are away.</summary>
    public const string AuthenticationRequired = "authentication_required";

    /// <summary>
    /// The failure code of a charge Stripe refused because of the payment method itself: unknown, or attached to
    /// another customer (a customer must never be able to pay with someone else's saved card).
    /// </summary>
    public const string PaymentMethodUnusable = "payment_method_unusable";

    /// <summary><c>order.created.v1</c>: remember the payment to take; act on a stock outcome that came first.</summary>
    public async Task RecordOrderAsync(OrderCreated order, CancellationToken cancellationToken)
    {
        if (await LockAsync(order.OrderId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return; // the same order again (redelivery under another id)
        }

        var erased = await ErasedCustomers.LockAndCheckAsync(db, order.UserId, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            OrderId = order.OrderId,
            UserId = order.UserId,
            Amount = decimal.Parse(order.Total, NumberStyles.Number, CultureInfo.InvariantCulture),
            Currency = order.Currency.ToUpperInvariant(),
            PaymentMethodId = erased ? "" : order.PaymentMethodId,
            Status = PaymentStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (erased)
        {
            // The account was deleted before this order reached us: never charge it (a charge would create a Stripe
            // customer with the erased email); failing it lets Orders close the order and the Catalog release stock.
            Fail(payment, PaymentMethodUnusable, ErasedCustomers.Reason);
            return;
        }

        var early = await db.InventoryOutcomes.FindAsync([order.OrderId], cancellationToken).ConfigureAwait(false);
        if (early?.Outcome == "reserved")
        {
            await ChargeAsync(payment, order.CustomerEmail, cancellationToken).ConfigureAwait(false);
        }
        else if (early?.Outcome == "rejected")
        {
            Transition(payment, PaymentStatus.Cancelled);
        }
    }

    /// <summary><c>inventory.reserved.v1</c>: charge a pending payment once.</summary>
    public async Task OnReservedAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payment = await LockAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (payment is null)
        {
            await RememberOutcomeAsync(orderId, "reserved", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (payment.Status == PaymentStatus.Pending)
        {
            await ChargeAsync(payment, email: null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>inventory.rejected.v1</c>: never charge; refund if a charge exists (events out of order).</summary>
    public async Task OnRejectedAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payment = await LockAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (payment is null)
        {
            await RememberOutcomeAsync(orderId, "rejected", cancellationToken).ConfigureAwait(false);
        }
        else if (payment.Status == PaymentStatus.Pending)
        {
            Transition(payment, PaymentStatus.Cancelled);
        }
        else if (payment.Status == PaymentStatus.Succeeded)
        {
            await RefundLockedAsync(payment, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>order.status</c> <c>CANCELLED</c>: a paid order is refunded, an unpaid one is never charged. A charge Stripe is
    /// still processing is marked cancelled too: if its webhook later says it succeeded, the money goes straight back
    /// (<see cref="ApplyStripeOutcomeAsync"/>), since Orders no longer accepts a payment for the order.
    /// </summary>
    public async Task OnOrderCancelledAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payment = await LockAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (payment?.Status is PaymentStatus.Pending or PaymentStatus.Processing)
        {
            Transition(payment, PaymentStatus.Cancelled);
        }
        else if (payment?.Status == PaymentStatus.Succeeded)
        {
            await RefundLockedAsync(payment, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <c>user.deleted.v1</c>: a payment still PENDING (waiting for its stock) is failed with
    /// <see cref="PaymentMethodUnusable"/>, never charged: the customer is gone and a charge would need their Stripe
    /// customer. Other states are left as they are (a PROCESSING one awaits Stripe's webhook, a SUCCEEDED one can still
    /// be refunded).
    /// </summary>
    public async Task FailPendingOfErasedCustomerAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var payment = await LockAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (payment?.Status == PaymentStatus.Pending)
        {
            Fail(payment, PaymentMethodUnusable, ErasedCustomers.Reason);
        }
    }

    /// <summary>Refunds a payment by id (admin). False when it is not <see cref="PaymentStatus.Succeeded"/>.</summary>
    public async Task<(Payment? Payment, bool Refunded)> RefundByIdAsync(Guid paymentId, CancellationToken cancellationToken)
    {
        var orderId = await db.Payments.Where(p => p.Id == paymentId).Select(p => (Guid?)p.OrderId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (orderId is null)
        {
            return (null, false);
        }

        var payment = (await LockAsync(orderId.Value, cancellationToken).ConfigureAwait(false))!;
        if (payment.Status != PaymentStatus.Succeeded)
        {
            return (payment, false);
        }

        await RefundLockedAsync(payment, cancellationToken).ConfigureAwait(false);
        return (payment, true);
    }

    /// <summary>
    /// A Stripe webhook's asynchronous outcome for a PaymentIntent (<c>payment_intent.succeeded</c> /
    /// <c>payment_intent.payment_failed</c>); applied only where it changes something, so a
    /// redelivered or already-known outcome is a no-op.
    /// </summary>
    public async Task ApplyStripeOutcomeAsync(string eventType, StripePaymentIntent intent, CancellationToken cancellationToken)
    {
        if (intent.Metadata?.GetValueOrDefault("order_id") is not { } orderText || !Guid.TryParse(orderText, out var orderId))
        {
            return; // not one of ours
        }

        var payment = await LockAsync(orderId, cancellationToken).ConfigureAwait(false);
        if (payment is null || (payment.StripePaymentIntentId is { } known && known != intent.Id))
        {
            return;
        }

        var awaiting = payment.Status is PaymentStatus.Processing or PaymentStatus.Pending;
        switch (eventType)
        {
            case "payment_intent.succeeded" when awaiting:
                payment.StripePaymentIntentId = intent.Id;
                Succeed(payment);
                break;
            case "payment_intent.succeeded" when payment.Status == PaymentStatus.Cancelled && payment.StripePaymentIntentId == intent.Id:
                // The order was cancelled (or expired) while Stripe was processing: the charge came through anyway.
                await RefundLockedAsync(payment, cancellationToken).ConfigureAwait(false);
                break;
            case "payment_intent.payment_failed" when awaiting:
                payment.StripePaymentIntentId = intent.Id;
                Fail(payment, intent.LastPaymentError?.Code ?? "payment_failed", intent.LastPaymentError?.Message ?? "The payment failed.");
                break;
        }
    }

    private async Task ChargeAsync(Payment payment, string? email, CancellationToken cancellationToken)
    {
        var customerId = await EnsureCustomerAsync(payment.UserId, email, cancellationToken).ConfigureAwait(false);
        var charge = new ChargeRequest(payment.OrderId, MinorUnits.FromAmount(payment.Amount, payment.Currency), payment.Currency, customerId, payment.PaymentMethodId);
        StripePaymentIntent intent;
        try
        {
            intent = await ChargeRecreatingAMissingCustomerAsync(charge, payment, email, cancellationToken).ConfigureAwait(false);
        }
        catch (StripeApiException ex) when (ex.StatusCode is not (401 or 403))
        {
            // A card error (402) or a request Stripe will never accept (unknown payment method...): a final outcome.
            // 401/403 are our configuration: thrown, so the consumer retries and finally parks the message.
            payment.StripePaymentIntentId = ex.Error.PaymentIntent?.Id;
            var code = ex.StatusCode == 400 && ex.Error.Param == "payment_method"
                ? PaymentMethodUnusable
                : ex.Error.Code ?? ex.Error.Type ?? "payment_failed";
            Fail(payment, code, ex.Error.Message ?? "The payment failed.");
            return;
        }

        payment.StripePaymentIntentId = intent.Id;
        switch (intent.Status)
        {
            case "succeeded":
                Succeed(payment);
                break;
            case "processing":
                Transition(payment, PaymentStatus.Processing); // the webhook brings the outcome
                break;
            case "requires_action":
                // The customer is off-session and cannot complete 3-D Secure now: a failure they can fix by paying again.
                Fail(payment, AuthenticationRequired, "The card requires authentication, which cannot happen while the customer is away.");
                break;
            default:
                Fail(payment, intent.LastPaymentError?.Code ?? "payment_failed", intent.LastPaymentError?.Message ?? $"The payment ended as {intent.Status}.");
                break;
        }
    }

    private async Task RefundLockedAsync(Payment payment, CancellationToken cancellationToken)
    {
        var refund = await stripe.RefundAsync(payment.StripePaymentIntentId!, $"refund-{payment.OrderId}", cancellationToken).ConfigureAwait(false);
        payment.StripeRefundId = refund.Id;
        Transition(payment, PaymentStatus.Refunded);
        db.AddIntegrationEvent(new PaymentRefunded(payment.OrderId, payment.Id, FormatAmount(payment.Amount), payment.Currency));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    // Stripe may no longer know the customer we stored (deleted in the dashboard; the local fake, which keeps its state
    // in memory, restarted): create a new one, remember it, and charge once more. The new creation's idempotency key
    // names the order, so a retry of this charge reuses it rather than creating a third.
    private async Task<StripePaymentIntent> ChargeRecreatingAMissingCustomerAsync(
        ChargeRequest charge, Payment payment, string? email, CancellationToken cancellationToken)
    {
        try
        {
            return await stripe.ChargeOffSessionAsync(charge, cancellationToken).ConfigureAwait(false);
        }
        catch (StripeApiException ex) when (ex.Error is { Code: "resource_missing", Param: "customer" })
        {
            var known = await db.StripeCustomers.FindAsync([payment.UserId], cancellationToken).ConfigureAwait(false);
            var customer = await stripe.CreateCustomerAsync(payment.UserId, email, $"customer-{payment.UserId}-{payment.OrderId}", cancellationToken).ConfigureAwait(false);
            if (known is null)
            {
                db.StripeCustomers.Add(new StripeCustomer { UserId = payment.UserId, CustomerId = customer.Id, CreatedAt = clock.GetUtcNow() });
            }
            else
            {
                known.CustomerId = customer.Id;
            }

            return await stripe.ChargeOffSessionAsync(charge with { CustomerId = customer.Id }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string> EnsureCustomerAsync(Guid userId, string? email, CancellationToken cancellationToken)
    {
        if (await db.StripeCustomers.FindAsync([userId], cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known.CustomerId;
        }

        // The key makes a retried creation (a crash before our commit, two orders racing) return the same customer.
        var customer = await stripe.CreateCustomerAsync(userId, email, $"customer-{userId}", cancellationToken).ConfigureAwait(false);
        db.StripeCustomers.Add(new StripeCustomer { UserId = userId, CustomerId = customer.Id, CreatedAt = clock.GetUtcNow() });
        return customer.Id;
    }

    private void Succeed(Payment payment)
    {
        Transition(payment, PaymentStatus.Succeeded);
        db.AddIntegrationEvent(new PaymentSucceeded(payment.OrderId, payment.Id, FormatAmount(payment.Amount), payment.Currency));
        logger.LogInformation("Payment {PaymentId} of order {OrderId} succeeded", payment.Id, payment.OrderId);
    }

    private void Fail(Payment payment, string code, string reason)
    {
        payment.FailureCode = code;
        payment.FailureReason = reason;
        Transition(payment, PaymentStatus.Failed);
        db.AddIntegrationEvent(new PaymentFailed(payment.OrderId, payment.Id, code, reason));
        logger.LogInformation("Payment {PaymentId} of order {OrderId} failed: {Code}", payment.Id, payment.OrderId, code);
    }

    private void Transition(Payment payment, PaymentStatus status)
    {
        payment.Status = status;
        payment.UpdatedAt = clock.GetUtcNow();
    }

    private async Task RememberOutcomeAsync(Guid orderId, string outcome, CancellationToken cancellationToken)
    {
        if (await db.InventoryOutcomes.FindAsync([orderId], cancellationToken).ConfigureAwait(false) is null)
        {
            db.InventoryOutcomes.Add(new InventoryOutcome { OrderId = orderId, Outcome = outcome, ReceivedAt = clock.GetUtcNow() });
        }
    }

    /// <summary>
    /// Serializes everything about one order for the rest of the transaction, then reads its payment. The row lock
    /// alone is not enough: <c>order.created</c> and <c>inventory.reserved</c> come from different topics and run
    /// concurrently, and when the payment row does not exist yet each would miss the other's uncommitted write (the
    /// order stuck pending). A transaction-scoped advisory lock on the order id closes that gap (replicas included).
    /// </summary>
    private async Task<Payment?> LockAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await db.Database.LockAggregateAsync(orderId, cancellationToken).ConfigureAwait(false);
        return await db.Payments.FromSqlInterpolated($"SELECT * FROM payments WHERE order_id = {orderId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static string FormatAmount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
