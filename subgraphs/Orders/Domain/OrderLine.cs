using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>A line of an <see cref="Order"/>: the item with its name and unit price as they were at checkout.</summary>
[GraphQLDescription("A line of an order, with the item's name and unit price at checkout time.")]
public sealed class OrderLine
{
    [ID]
    [GraphQLDescription("The line's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLIgnore]
    public int Position { get; set; }

    [GraphQLDescription("Whether the line is a product or a coupon.")]
    public LineKind Kind { get; set; }

    [ID]
    [GraphQLDescription("The product's or coupon's id.")]
    public Guid ItemId { get; set; }

    [GraphQLDescription("The item's name at checkout.")]
    public string Name { get; set; } = "";

    /// <summary>The unit price's amount at checkout (GraphQL: <c>unitPrice</c> as Money, see <c>OrderLineNode</c>).</summary>
    [GraphQLIgnore]
    public decimal UnitPrice { get; set; }

    /// <summary>The ISO 4217 currency of the unit price (the order's).</summary>
    [GraphQLIgnore]
    public string Currency { get; set; } = "";

    [GraphQLDescription("How many units.")]
    public int Quantity { get; set; }

    /// <summary>Unit price times quantity (GraphQL: <c>lineTotal</c> as Money).</summary>
    [GraphQLIgnore]
    public decimal LineTotal => UnitPrice * Quantity;
}
