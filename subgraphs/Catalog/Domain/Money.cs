using Graph.Types;

namespace Graph.Catalog.Domain;

/// <summary>An amount in one currency. Amounts are exact decimals (the <c>Decimal</c> scalar is a string on the wire).</summary>
[GraphQLDescription("An amount of money in one currency.")]
[Shareable]
public sealed record Money(
    [GraphQLDescription("The amount, exact to the cent, e.g. `\"19.99\"`.")] decimal Amount,
    [GraphQLDescription("The ISO 4217 currency code, e.g. `USD`.")] string Currency)
{
    /// <summary>The amount with a percentage taken off, rounded to the cent (half away from zero, as receipts do).</summary>
    [GraphQLIgnore]
    public Money Discounted(decimal percent) =>
        this with { Amount = decimal.Round(Amount * (100m - percent) / 100m, 2, MidpointRounding.AwayFromZero) };
}
