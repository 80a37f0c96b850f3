using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>
/// An amount in one currency: the same GraphQL type as the Catalog's and Payments' <c>Money</c> (same fields, same
/// descriptions), so the gateway composes one type. Its fields are <c>@shareable</c> because several subgraphs
/// resolve them (composite schemas: a value type defined in several source schemas).
/// </summary>
[GraphQLDescription("An amount of money in one currency.")]
public sealed record Money(
    [property: Shareable] [GraphQLDescription("The amount, exact to the cent, e.g. `\"19.99\"`.")] decimal Amount,
    [property: Shareable] [GraphQLDescription("The ISO 4217 currency code, e.g. `USD`.")] string Currency)
{
    /// <summary>This amount times <paramref name="quantity"/> (a line total), in the same currency.</summary>
    [GraphQLIgnore]
    public Money Times(int quantity) => this with { Amount = Amount * quantity };
}
