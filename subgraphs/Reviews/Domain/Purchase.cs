namespace Graph.Reviews.Domain;

/// <summary>
/// An order as the purchases projection knows it from Orders' events: who placed it and the two facts that matter
/// here. Both only ever become true, so events applied twice or in any order end in the same row.
/// </summary>
public sealed class PurchaseOrder
{
    public Guid OrderId { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The order reached PAID (or a later status that implies it: SHIPPED, DELIVERED).</summary>
    public bool Paid { get; set; }

    /// <summary>The order was REFUNDED: it no longer counts as a purchase.</summary>
    public bool Refunded { get; set; }
}

/// <summary>A product of a <see cref="PurchaseOrder"/>, from its <c>order.created</c> lines.</summary>
public sealed class PurchaseLine
{
    public Guid OrderId { get; set; }

    public Guid ProductId { get; set; }
}
