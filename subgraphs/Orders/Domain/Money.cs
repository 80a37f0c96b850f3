using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>
/// An amount in one currency: the same GraphQL type as the Catalog's and Payments' <c>Money</c> (same fields, same
/// descriptions, <c>@shareable</c> on the type as theirs), so the gateway composes one type: several subgraphs
/// resolve its fields (composite schemas: a value type defined in several source schemas).
/// </summary>
[Shareable]
[GraphQLDescription("An amount of money in one currency.")]
public sealed record Money(
    [GraphQLDescription("The amount, exact to the cent, e.g. `\"19.99\"`.")] decimal Amount,
    [GraphQLDescription("The ISO 4217 currency code, e.g. `USD`.")] string Currency)
{
    /// <summary>This amount times <paramref name="quantity"/> (a line total), in the same currency.</summary>
    [GraphQLIgnore]
    public Money Times(int quantity) => this with { Amount = Amount * quantity };
}
