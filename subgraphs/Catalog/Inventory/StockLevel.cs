using Graph.AspNetCore.Authorization;
using Graph.Types;

namespace Graph.Catalog.Inventory;

/// <summary>
/// The stock of a product or coupon (seed 002). Shoppers see whether it is in stock and how many can be bought; the
/// counts behind that (on hand, reserved by pending orders) are for admins only, and nullable so a shopper's query that
/// asks for them still gets the public fields.
/// </summary>
[GraphQLName("Inventory")]
[GraphQLDescription("The stock of a product or coupon. `available` and `inStock` are public; `onHand` and `reserved` are for admins.")]
public sealed record StockLevel(
    [property: Authorize(Roles = ["admin"])]
    [property: GraphQLType("Int")]
    [GraphQLDescription("Units in the warehouse (admins only; null with an error for others).")]
    int OnHand,
    [property: Authorize(Roles = ["admin"])]
    [property: GraphQLType("Int")]
    [GraphQLDescription("Units held by orders that are not paid yet (admins only; null with an error for others).")]
    int Reserved)
{
    /// <summary>No stock row: nothing on hand.</summary>
    public static StockLevel None { get; } = new(0, 0);

    [GraphQLDescription("Units that can be ordered now: on hand minus reserved.")]
    public int Available => OnHand - Reserved;

    [GraphQLDescription("Whether at least one unit can be ordered now.")]
    public bool InStock => Available > 0;
}
