using Graph.Orders.Domain;
using Graph.Orders.Federation;
using Graph.Types;

namespace Graph.Orders.Carts;

/// <summary>A cart priced with the Catalog's current final prices.</summary>
[GraphQLName("Cart")]
[GraphQLDescription("A shopping cart, priced with the Catalog's current final prices (offers applied).")]
public sealed record CartView(
    [property: GraphQLDescription("The lines, oldest first.")] IReadOnlyList<CartLineView> Lines,
    [property: GraphQLDescription("The sum of the lines' totals; null for an empty cart (it has no currency).")] Money? Total)
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
    [property: GraphQLDescription("The item's current final price.")] Money UnitPrice,
    [property: GraphQLDescription("How many units.")] int Quantity,
    [property: GraphQLDescription("Units the Catalog has available now.")] int Available)
{
    [GraphQLDescription("Unit price times quantity.")]
    public Money LineTotal => UnitPrice.Times(Quantity);

    [GraphQLDescription("The product, when the line is one (resolved by the Catalog).")]
    public ProductStub? Product => Kind == LineKind.Product ? new ProductStub(ItemId) : null;

    [GraphQLDescription("The coupon, when the line is one (resolved by the Catalog).")]
    public CouponStub? Coupon => Kind == LineKind.Coupon ? new CouponStub(ItemId) : null;
}
