using System.Security.Claims;
using Graph.Payments.Domain;
using Graph.Types;

namespace Graph.Payments.GraphQL;

/// <summary>Reading payments: by id (the gateway's lookup) and the <c>Order</c> entity lookup.</summary>
[QueryType]
public static class PaymentQueries
{
    [Lookup]
    [GraphQLDescription("A payment by id, or null when there is none or the caller is neither its customer nor an admin.")]
    public static async Task<Payment?> GetPaymentByIdAsync(
        [ID, GraphQLDescription("The payment's id.")] Guid id, ClaimsPrincipal caller, PaymentByIdLoader byId, CancellationToken cancellationToken) =>
        await byId.LoadAsync(id, cancellationToken).ConfigureAwait(false) is { } payment && PaymentAccess.CanRead(caller, payment)
            ? payment
            : null;

    [Lookup]
    [Internal]
    [GraphQLDescription("The Order entity by id, so the gateway can resolve `Order.payment` here.")]
    // Nullable as the composite schemas spec asks of lookups (LOOKUP_RETURNS_NON_NULLABLE_TYPE), though never null here.
    public static OrderReference? GetOrderById([ID, GraphQLDescription("The order's id.")] Guid id) => new(id);
}

/// <summary><c>Order.payment</c>.</summary>
[ObjectType<OrderReference>]
public static class OrderPaymentNode
{
    [GraphQLDescription("The order's payment, or null before Payments has seen the order or when the caller may not read it.")]
    public static async Task<Payment?> GetPaymentAsync(
        [Parent] OrderReference order, ClaimsPrincipal caller, PaymentByOrderIdLoader byOrderId, CancellationToken cancellationToken) =>
        await byOrderId.LoadAsync(order.Id, cancellationToken).ConfigureAwait(false) is { } payment && PaymentAccess.CanRead(caller, payment)
            ? payment
            : null;
}
