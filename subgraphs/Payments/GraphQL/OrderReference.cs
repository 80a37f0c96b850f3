using Graph.Types;

namespace Graph.Payments.GraphQL;

/// <summary>The Orders subgraph's <c>Order</c> as seen here: its key, extended with <c>payment</c>.</summary>
[Key("id")]
[GraphQLName("Order")]
[GraphQLDescription("An order (owned by the Orders service); Payments adds its payment.")]
public sealed record OrderReference([property: ID, GraphQLDescription("The order's id.")] Guid Id);
