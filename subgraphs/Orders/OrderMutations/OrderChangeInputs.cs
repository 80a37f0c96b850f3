using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Orders.OrderMutations;

/// <summary>Input of <c>cancelOrder</c> and <c>markDelivered</c>.</summary>
[GraphQLDescription("The order to change.")]
public sealed record OrderIdInput([property: ID, GraphQLDescription("The order's id.")] Guid OrderId);

/// <summary>Input of <c>markShipped</c>.</summary>
[GraphQLDescription("The paid order that left the warehouse, with its tracking.")]
public sealed record MarkShippedInput(
    [property: ID, GraphQLDescription("The order's id.")] Guid OrderId,
    [property: GraphQLDescription("The carrier (1-100 characters).")] string Carrier,
    [property: GraphQLDescription("The carrier's tracking number (1-100 characters).")] string TrackingNumber);

/// <summary>The result of the order status mutations.</summary>
[GraphQLDescription("The order after the change, or why it did not change.")]
public sealed record OrderPayload(
    [property: GraphQLDescription("The order; null when `errors` is not empty.")] Order? Order,
    [property: GraphQLType("[" + OrderErrorUnions.ChangeOrder + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);
