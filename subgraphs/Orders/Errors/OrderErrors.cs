using Graph.ServiceDefaults.Errors;
using Graph.Types;

namespace Graph.Orders.Errors;

/// <summary>The cart already holds the most lines allowed.</summary>
[ObjectType]
[GraphQLDescription("The cart cannot hold more lines.")]
public sealed record CartFullError([GraphQLDescription("The most lines a cart holds.")] int MaxLines) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"A cart holds at most {MaxLines} lines.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "CART_FULL";
}

/// <summary>Checkout of a cart with no lines.</summary>
[ObjectType]
[GraphQLDescription("The cart is empty.")]
public sealed record EmptyCartError : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => "The cart is empty: add items before checking out.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "CART_EMPTY";
}

/// <summary>The cart's items are priced in more than one currency: one order has one currency.</summary>
[ObjectType]
[GraphQLDescription("The cart's items are priced in different currencies.")]
public sealed record MixedCurrencyError([GraphQLDescription("The currencies found.")] IReadOnlyList<string> Currencies) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"An order has one currency; the cart mixes {string.Join(", ", Currencies)}.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "CURRENCY_MISMATCH";
}

/// <summary>The requested status change is not legal from the order's current status.</summary>
[ObjectType]
[GraphQLDescription("The order cannot move to that status from its current one.")]
public sealed record IllegalStatusTransitionError(
    [GraphQLDescription("The order's current status.")] Domain.OrderStatus From,
    [GraphQLDescription("The status asked for.")] Domain.OrderStatus To) : IError
{
    [GraphQLDescription("What went wrong, in English, for people.")]
    public string Message => $"An order that is {From} cannot become {To}.";

    [GraphQLDescription("A stable machine-readable code.")]
    public string Code => "ILLEGAL_STATUS_TRANSITION";
}
