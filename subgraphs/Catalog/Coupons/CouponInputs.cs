using Graph.Catalog.Domain;
using Graph.Catalog.Mutations;
using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Catalog.Coupons;

/// <summary>The input of <c>createCoupon</c>.</summary>
[GraphQLDescription("A new coupon.")]
public sealed record CreateCouponInput(
    [GraphQLDescription("The title (1-200 characters).")] string Title,
    [GraphQLDescription("The company honouring it (1-100 characters).")] string Company,
    [ID] [GraphQLDescription("The category it is listed in.")] Guid CategoryId,
    [GraphQLDescription("What a buyer pays: not negative, at most two decimals.")] Money Price,
    [GraphQLDescription("The discount in percent: more than 0, at most 100.")] decimal DiscountPercent,
    [GraphQLDescription("The first moment it can be redeemed.")] DateTimeOffset ValidFrom,
    [GraphQLDescription("When it expires; later than `validFrom`.")] DateTimeOffset ValidUntil,
    [GraphQLDescription("The terms and conditions (at most 5000 characters).")] string Terms = "",
    [GraphQLDescription("How many coupons can be sold (0-1000000).")] int Quantity = 0);

/// <summary>The result of <c>createCoupon</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `createCoupon`.")]
public sealed record CreateCouponPayload(
    [GraphQLDescription("The new coupon; null when `errors` is not empty.")] Coupon? Coupon,
    [property: GraphQLType("[" + MutationErrorUnions.CreateCoupon + "!]!")]
    [GraphQLDescription("Why the coupon was not created; empty on success.")] IReadOnlyList<IError> Errors);

/// <summary>The input of <c>updateCoupon</c>.</summary>
[GraphQLDescription("Changes to a coupon; absent fields keep their value. Its quantity changes with `adjustInventory`.")]
public sealed record UpdateCouponInput(
    [ID] [GraphQLDescription("The coupon to change.")] Guid Id,
    [GraphQLDescription("A new title.")] string? Title = null,
    [GraphQLDescription("A new company.")] string? Company = null,
    [ID] [GraphQLDescription("A new category.")] Guid? CategoryId = null,
    [GraphQLDescription("A new price.")] Money? Price = null,
    [GraphQLDescription("A new discount in percent.")] decimal? DiscountPercent = null,
    [GraphQLDescription("A new start of validity.")] DateTimeOffset? ValidFrom = null,
    [GraphQLDescription("A new expiry.")] DateTimeOffset? ValidUntil = null,
    [GraphQLDescription("New terms.")] string? Terms = null);

/// <summary>The result of <c>updateCoupon</c>: the entity on success, otherwise the errors that stopped it (nothing was written).</summary>
[GraphQLDescription("The result of `updateCoupon`.")]
public sealed record UpdateCouponPayload(
    [GraphQLDescription("The changed coupon; null when `errors` is not empty.")] Coupon? Coupon,
    [property: GraphQLType("[" + MutationErrorUnions.UpdateCoupon + "!]!")]
    [GraphQLDescription("Why the coupon was not changed; empty on success.")] IReadOnlyList<IError> Errors);
