using Graph.Types;

namespace Graph.Orders.Domain;

/// <summary>One entry of an order's status history.</summary>
[GraphQLDescription("A status the order entered, and when.")]
public sealed class OrderStatusChange
{
    [GraphQLIgnore]
    public long Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLDescription("The status entered.")]
    public OrderStatus Status { get; set; }

    [GraphQLDescription("When it was entered.")]
    public DateTimeOffset At { get; set; }
}
