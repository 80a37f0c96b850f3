using Graph.Types;

namespace Graph.Payments.GraphQL;

/// <summary>An amount in one currency (the same shape as the Catalog's and Orders' <c>Money</c>).</summary>
[GraphQLDescription("An amount of money in one currency.")]
[Shareable]
public sealed record Money(
    [GraphQLDescription("The amount, exact to the cent, e.g. `\"19.99\"`.")] decimal Amount,
    [GraphQLDescription("The ISO 4217 currency code, e.g. `USD`.")] string Currency);
