namespace Graph.Payments.Domain;

/// <summary>
/// The stock outcome of an order, kept when it arrives before <c>order.created.v1</c> (the topics are not ordered with
/// each other), so the order is charged or cancelled as soon as it is known.
/// </summary>
public sealed class InventoryOutcome
{
    public Guid OrderId { get; set; }

    /// <summary><c>reserved</c> or <c>rejected</c>.</summary>
    public string Outcome { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}
