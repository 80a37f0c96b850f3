using Graph.ServiceDefaults.Errors;

namespace Graph.Orders.Errors;

/// <summary>
/// The <c>XyzError</c> union of each mutation, declared in SDL because ServiceDefaults' shared error records cannot
/// implement an interface of this assembly; a payload's <c>errors</c> field names its union with <c>[GraphQLType]</c>.
/// </summary>
public static class OrderErrorUnions
{
    public const string Cart = "CartError";
    public const string Checkout = "CheckoutError";
    public const string ChangeOrder = "ChangeOrderError";

    /// <summary>Every mutation error union of the service, for <c>AddMutationErrorUnions</c>.</summary>
    public static readonly MutationErrorUnion[] Unions =
    [
        new(Cart, "addToCart`, `changeCartQuantity`, `removeFromCart` and `mergeCart", ["ValidationError", "NotFoundError", "CartFullError"]),
        new(Checkout, "checkout", ["ValidationError", "NotFoundError", "EmptyCartError", "MixedCurrencyError"]),
        new(ChangeOrder, "cancelOrder`, `markShipped` and `markDelivered", ["ValidationError", "NotFoundError", "IllegalStatusTransitionError"]),
    ];
}
