using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>
/// An order placed by <c>checkout</c>: its lines snapshot the Catalog's names and prices at that moment, so later
/// price changes never alter it. <see cref="Status"/> only changes through <see cref="OrderStatusMachine"/>.
/// </summary>
[Key("id")]
[GraphQLDescription("An order: lines with the names and prices of checkout time, totals, status and its history.")]
public sealed class Order
{
    [ID]
    [GraphQLDescription("The order's id.")]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLIgnore]
    public string CustomerEmail { get; set; } = "";

    [GraphQLIgnore]
    public string IdempotencyKey { get; set; } = "";

    [GraphQLDescription("The order's status.")]
    public OrderStatus Status { get; set; }

    /// <summary>The ISO 4217 currency of every amount of the order (GraphQL: inside <c>total</c>).</summary>
    [GraphQLIgnore]
    public string Currency { get; set; } = "";

    /// <summary>The sum of the lines' totals (GraphQL: <c>total</c> as Money, see <c>OrderNode</c>).</summary>
    [GraphQLIgnore]
    public decimal Total { get; set; }

    [GraphQLDescription("The saved payment method charged (the Payments service's id).")]
    public string PaymentMethodId { get; set; } = "";

    [GraphQLDescription("The address the order ships to (the Users service's id).")]
    public string ShippingAddressId { get; set; } = "";

    [GraphQLDescription("The carrier, once shipped.")]
    public string? Carrier { get; set; }

    [GraphQLDescription("The carrier's tracking number, once shipped.")]
    public string? TrackingNumber { get; set; }

    [GraphQLDescription("When the order was placed.")]
    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLDescription("When the status last changed.")]
    public DateTimeOffset UpdatedAt { get; set; }

    [GraphQLDescription("The order's lines, in cart order.")]
    public List<OrderLine> Lines { get; set; } = [];

    [GraphQLDescription("Every status the order went through, oldest first.")]
    public List<OrderStatusChange> StatusHistory { get; set; } = [];

    /// <summary>Whether the order reached PAID once (a cancelled order may then be refunded).</summary>
    [GraphQLIgnore]
    public bool WasPaid => StatusHistory.Any(h => h.Status == OrderStatus.Paid);
}
