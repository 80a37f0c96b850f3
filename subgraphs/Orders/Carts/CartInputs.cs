using Graph.Orders.Domain;
using Graph.Orders.Errors;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Orders.Carts;

/// <summary>Input of <c>addToCart</c> and <c>changeCartQuantity</c>.</summary>
[GraphQLDescription("An item and a quantity. `cartId` names an anonymous cart (client-generated); signed-in callers use their own cart and may omit it.")]
public sealed record CartItemInput(
    [property: GraphQLDescription("Product or coupon.")] LineKind Kind,
    [property: ID, GraphQLDescription("The product's or coupon's id.")] Guid ItemId,
    [property: GraphQLDescription("Units, 1 to 99.")] int Quantity,
    [property: GraphQLDescription("The anonymous cart's id (ignored when signed in).")] Guid? CartId = null);

/// <summary>Input of <c>removeFromCart</c>.</summary>
[GraphQLDescription("The item to remove.")]
public sealed record RemoveFromCartInput(
    [property: GraphQLDescription("Product or coupon.")] LineKind Kind,
    [property: ID, GraphQLDescription("The product's or coupon's id.")] Guid ItemId,
    [property: GraphQLDescription("The anonymous cart's id (ignored when signed in).")] Guid? CartId = null);

/// <summary>Input of <c>mergeCart</c>.</summary>
[GraphQLDescription("The anonymous cart to merge into the signed-in user's cart.")]
public sealed record MergeCartInput([property: GraphQLDescription("The anonymous cart's id.")] Guid AnonymousCartId);

/// <summary>The result of every cart mutation.</summary>
[GraphQLDescription("The cart after the change, or why nothing changed.")]
public sealed record CartPayload(
    [property: GraphQLDescription("The cart, priced now; null when the change failed.")] CartView? Cart,
    [property: GraphQLType("[" + OrderErrorUnions.Cart + "!]!"), GraphQLDescription("Why nothing changed; empty on success.")] IReadOnlyList<IError> Errors);
