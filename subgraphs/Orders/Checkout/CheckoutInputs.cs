using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Orders.Checkout;

/// <summary>Input of <c>checkout</c>.</summary>
[GraphQLDescription("How to pay and where to ship; `idempotencyKey` (client-generated, 1-100 characters) makes a retried checkout return the first order instead of placing a second.")]
public sealed record CheckoutInput(
    [property: GraphQLDescription("A saved payment method of the caller (Payments).")] string PaymentMethodId,
    [property: GraphQLDescription("A saved shipping address of the caller (Users).")] string ShippingAddressId,
    [property: GraphQLDescription("Unique per checkout attempt; reusing it returns the same order.")] string IdempotencyKey);

/// <summary>The result of <c>checkout</c>.</summary>
[GraphQLDescription("The order placed (or placed earlier with the same idempotency key), or why none was.")]
public sealed record CheckoutPayload(
    [property: GraphQLDescription("The PENDING order; null when `errors` is not empty.")] Order? Order,
    [property: GraphQLType("[" + OrderErrorUnions.Checkout + "!]!"), GraphQLDescription("Why no order was placed; empty on success.")] IReadOnlyList<IError> Errors);
