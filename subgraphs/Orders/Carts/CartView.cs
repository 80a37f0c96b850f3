using Graph.Orders.Domain;
using Graph.Orders.Federation;
using Graph.Types;

namespace Graph.Orders.Carts;

/// <summary>A cart priced with the Catalog's current final prices.</summary>
[GraphQLName("Cart")]
[GraphQLDescription("A shopping cart, priced with the Catalog's current final prices (offers applied).")]
public sealed record CartView(
    [property: GraphQLDescription("The lines, oldest first.")] IReadOnlyList<CartLineView> Lines,
    [property: GraphQLDescription("The sum of the lines' totals; 0 for an empty cart.")] decimal Total,
    [property: GraphQLDescription("The ISO 4217 currency of the prices; null for an empty cart.")] string? Currency)
{
    [GraphQLDescription("How many units the cart holds.")]
    public int ItemCount => Lines.Sum(l => l.Quantity);
}

/// <summary>A cart line with the item's current name and final price.</summary>
[GraphQLName("CartLine")]
[GraphQLDescription("A cart line with the item's current name and final price.")]
public sealed record CartLineView(
    [property: GraphQLDescription("Whether the line is a product or a coupon.")] LineKind Kind,
    [property: ID, GraphQLDescription("The product's or coupon's id.")] Guid ItemId,
    [property: GraphQLDescription("The item's current name.")] string Name,
    [property: GraphQLDescription("The item's current final price.")] decimal UnitPrice,
    [property: GraphQLDescription("The currency of the price.")] string Currency,
    [property: GraphQLDescription("How many units.")] int Quantity,
    [property: GraphQLDescription("Units the Catalog has available now.")] int Available)
{
    [GraphQLDescription("Unit price times quantity.")]
    public decimal LineTotal => UnitPrice * Quantity;

    [GraphQLDescription("The product, when the line is one (resolved by the Catalog).")]
    public ProductStub? Product => Kind == LineKind.Product ? new ProductStub(ItemId) : null;

    [GraphQLDescription("The coupon, when the line is one (resolved by the Catalog).")]
    public CouponStub? Coupon => Kind == LineKind.Coupon ? new CouponStub(ItemId) : null;
}
