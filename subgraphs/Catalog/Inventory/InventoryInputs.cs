using Graph.Catalog.Domain;
using Graph.Catalog.Mutations;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Inventory;

/// <summary>The input of <c>adjustInventory</c>.</summary>
[GraphQLDescription("Sets the units on hand of one product or one coupon (exactly one of `productId` and `couponId`).")]
public sealed record AdjustInventoryInput(
    [GraphQLDescription("The new units on hand (0-1000000); not below the units reserved by pending orders.")] int OnHand,
    [ID] [GraphQLDescription("The product whose stock is set.")] Guid? ProductId = null,
    [ID] [GraphQLDescription("The coupon whose quantity is set.")] Guid? CouponId = null);

/// <summary>The result of <c>adjustInventory</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `adjustInventory`.")]
public sealed record AdjustInventoryPayload(
    [GraphQLDescription("The stock after the change; null when `errors` is not empty.")] StockLevel? Inventory,
    [GraphQLDescription("The product whose stock was set, if any.")] Product? Product,
    [GraphQLDescription("The coupon whose quantity was set, if any.")] Coupon? Coupon,
    [property: GraphQLType("[" + MutationErrorUnions.AdjustInventory + "!]!")]
    [GraphQLDescription("Why the stock was not changed; empty on success.")] IReadOnlyList<IError> Errors);
