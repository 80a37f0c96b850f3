using Graph.AspNetCore.Authorization;
using Graph.Payments.Domain;
using Graph.Payments.Infrastructure;
using Graph.Payments.Saga;
using Graph.Payments.Stripe;
using Graph.ServiceDefaults.Errors;
using Graph.Types;
using Microsoft.EntityFrameworkCore;

namespace Graph.Payments.GraphQL;

/// <summary>Admin refunds (the saga refunds cancelled orders by itself).</summary>
[MutationType]
public static class RefundPaymentMutation
{
    [Authorize(Roles = ["admin"])]
    [GraphQLDescription("Refunds a succeeded payment in full (admins only); emits `payment.refunded.v1`.")]
    public static async Task<RefundPaymentPayload> RefundPaymentAsync(
        [ID, GraphQLDescription("The payment's id.")] Guid paymentId, PaymentsDb db, PaymentProcessor payments, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            (Payment? payment, bool refunded) outcome;
            try
            {
                outcome = await payments.RefundByIdAsync(paymentId, cancellationToken).ConfigureAwait(false);
            }
            catch (StripeApiException ex)
            {
                return new RefundPaymentPayload(null, [new RefundRefusedError(ex.Error.Code ?? ex.Error.Type ?? "api_error", ex.Error.Message ?? "Stripe refused the refund.")]);
            }

            if (outcome.payment is null)
            {
                return new RefundPaymentPayload(null, [new NotFoundError("Payment", paymentId.ToString())]);
            }

            if (!outcome.refunded)
            {
                return new RefundPaymentPayload(outcome.payment, [new PaymentNotRefundableError(outcome.payment.Status)]);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new RefundPaymentPayload(outcome.payment, []);
        }).ConfigureAwait(false);
    }
}

/// <summary>The result of <c>refundPayment</c>.</summary>
[GraphQLDescription("The result of `refundPayment`.")]
public sealed record RefundPaymentPayload(
    [property: GraphQLDescription("The payment, refunded unless `errors` says otherwise.")] Payment? Payment,
    [property: GraphQLType("[RefundPaymentError!]!"), GraphQLDescription("Why nothing was refunded; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>Only a succeeded payment can be refunded.</summary>
[ObjectType]
[GraphQLDescription("Only a succeeded payment can be refunded.")]
public sealed record PaymentNotRefundableError([property: GraphQLDescription("The payment's status.")] PaymentStatus Status) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"A payment that is {Status.ToString().ToUpperInvariant()} cannot be refunded; only SUCCEEDED ones can.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "PAYMENT_NOT_REFUNDABLE";
}

/// <summary>Stripe refused the refund.</summary>
[ObjectType]
[GraphQLDescription("Stripe refused the refund.")]
public sealed record RefundRefusedError(
    [property: GraphQLDescription("Stripe's error code, e.g. `charge_already_refunded`.")] string StripeCode,
    [property: GraphQLDescription("Stripe's message.")] string Reason) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"Stripe refused the refund: {Reason}";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "REFUND_REFUSED";
}

/// <summary>The <c>RefundPaymentError</c> union, in SDL because ServiceDefaults' error records cannot implement an interface of this assembly.</summary>
public static class RefundPaymentErrorUnion
{
    public static readonly MutationErrorUnion Union =
        new("RefundPaymentError", "refundPayment", ["NotFoundError", "PaymentNotRefundableError", "RefundRefusedError"])
        {
            Description = "Why `refundPayment` refunded nothing.",
        };
}
