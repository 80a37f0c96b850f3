using Graph.Types;

namespace Graph.Reviews.Federation;

/// <summary>A reference to the Users subgraph's <c>User</c>: only its key; the gateway resolves the rest there.</summary>
[Key("id")]
[GraphQLName("User")]
[GraphQLDescription("A user (owned by the Users subgraph); Reviews adds the reviews they wrote.")]
public sealed record UserStub([property: ID, GraphQLDescription("The user's id.")] Guid Id);

/// <summary>A reference to the Catalog's <c>Product</c>: only its key; Reviews adds its reviews and rating summary.</summary>
[Key("id")]
[GraphQLName("Product")]
[GraphQLDescription("A product (owned by the Catalog subgraph); Reviews adds its reviews and rating summary.")]
public sealed record ProductStub([property: ID, GraphQLDescription("The product's id.")] Guid Id);
