using Graph.Types;

namespace Graph.Recommendations.Federation;

/// <summary>A reference to the Users subgraph's <c>User</c>: only its key; Recommendations adds their recommendations.</summary>
[Key("id")]
[GraphQLName("User")]
[GraphQLDescription("A user (owned by the Users subgraph); Recommendations adds products picked for them.")]
public sealed record UserStub([property: ID, GraphQLDescription("The user's id.")] Guid Id);

/// <summary>A reference to the Catalog's <c>Product</c>: only its key; the gateway resolves names and prices in Catalog.</summary>
[Key("id")]
[GraphQLName("Product")]
[GraphQLDescription("A product (owned by the Catalog subgraph); Recommendations adds what its buyers also bought.")]
public sealed record ProductStub([property: ID, GraphQLDescription("The product's id.")] Guid Id);
