using Graph.Types;

namespace Graph.Orders.Federation;

/// <summary>A reference to the Users subgraph's <c>User</c>: only its key; the gateway resolves the rest there.</summary>
[Key("id")]
[GraphQLName("User")]
[GraphQLDescription("A user (owned by the Users subgraph); Orders adds the user's orders.")]
public sealed record UserStub([property: ID, GraphQLDescription("The user's id.")] Guid Id);

/// <summary>A reference to the Catalog's <c>Product</c>.</summary>
[Key("id")]
[GraphQLName("Product")]
[GraphQLDescription("A product (owned by the Catalog subgraph).")]
public sealed record ProductStub([property: ID, GraphQLDescription("The product's id.")] Guid Id);

/// <summary>A reference to the Catalog's <c>Coupon</c>.</summary>
[Key("id")]
[GraphQLName("Coupon")]
[GraphQLDescription("A coupon (owned by the Catalog subgraph).")]
public sealed record CouponStub([property: ID, GraphQLDescription("The coupon's id.")] Guid Id);
