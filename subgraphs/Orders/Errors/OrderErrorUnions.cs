using System.Text;

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

    private static readonly (string Name, string Mutations, string[] Members)[] Unions =
    [
        (Cart, "addToCart`, `changeCartQuantity`, `removeFromCart` and `mergeCart", ["ValidationError", "NotFoundError", "CartFullError"]),
        (Checkout, "checkout", ["ValidationError", "NotFoundError", "EmptyCartError", "MixedCurrencyError"]),
        (ChangeOrder, "cancelOrder`, `markShipped` and `markDelivered", ["ValidationError", "NotFoundError", "IllegalStatusTransitionError"]),
    ];

    /// <summary>The union definitions, with descriptions, as SDL.</summary>
    public static string Sdl
    {
        get
        {
            var sdl = new StringBuilder();
            foreach (var (name, mutations, members) in Unions)
            {
                sdl.Append("\"The errors `").Append(mutations).Append("` can return.\"\n")
                   .Append("union ").Append(name).Append(" = ").AppendJoin(" | ", members).Append("\n\n");
            }

            return sdl.ToString();
        }
    }
}
