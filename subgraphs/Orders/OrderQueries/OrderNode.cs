using Graph.Orders.Domain;
using Graph.Orders.Federation;
using Graph.Types;

namespace Graph.Orders.OrderQueries;

/// <summary>The resolved fields of <see cref="Order"/>: ordered lines and history, and the customer reference.</summary>
[ObjectType<Order>]
public static class OrderNode
{
    [GraphQLDescription("The order's lines, in cart order.")]
    public static IReadOnlyList<OrderLine> GetLines([Parent] Order order) => order.Lines.OrderBy(l => l.Position).ToList();

    [GraphQLDescription("Every status the order went through, oldest first.")]
    public static IReadOnlyList<OrderStatusChange> GetStatusHistory([Parent] Order order) =>
        order.StatusHistory.OrderBy(h => h.At).ThenBy(h => h.Id).ToList();

    [GraphQLDescription("The sum of the lines' totals.")]
    public static Money GetTotal([Parent] Order order) => new(order.Total, order.Currency);

    [GraphQLDescription("The customer who placed the order (resolved by the Users subgraph).")]
    public static UserStub GetUser([Parent] Order order) => new(order.UserId);
}

/// <summary>The entity references of <see cref="OrderLine"/>.</summary>
[ObjectType<OrderLine>]
public static class OrderLineNode
{
    [GraphQLDescription("The unit price at checkout (the Catalog's final price, offers applied).")]
    public static Money GetUnitPrice([Parent] OrderLine line) => new(line.UnitPrice, line.Currency);

    [GraphQLDescription("Unit price times quantity.")]
    public static Money GetLineTotal([Parent] OrderLine line) => new(line.LineTotal, line.Currency);

    [GraphQLDescription("The product, when the line is one (resolved by the Catalog).")]
    public static ProductStub? GetProduct([Parent] OrderLine line) => line.Kind == LineKind.Product ? new ProductStub(line.ItemId) : null;

    [GraphQLDescription("The coupon, when the line is one (resolved by the Catalog).")]
    public static CouponStub? GetCoupon([Parent] OrderLine line) => line.Kind == LineKind.Coupon ? new CouponStub(line.ItemId) : null;
}
