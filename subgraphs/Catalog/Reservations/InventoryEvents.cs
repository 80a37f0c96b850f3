using Graph.Messaging;

namespace Graph.Catalog.Reservations;

/// <summary><c>inventory.reserved.v1</c> on <c>inventory.event</c>: every line of the order is reserved.</summary>
public sealed record InventoryReserved(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>
/// <c>inventory.rejected.v1</c> on <c>inventory.event</c>: nothing of the order is reserved. <see cref="Reason"/> is
/// <c>out_of_stock</c> (<see cref="Items"/> names each short line) or <c>invalid_order</c>.
/// </summary>
public sealed record InventoryRejected(Guid OrderId, string Reason, IReadOnlyList<RejectedItem> Items) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}

/// <summary>A line that could not be reserved: what was asked and what was available when the order was handled.</summary>
public sealed record RejectedItem(string Kind, Guid ItemId, int Requested, int Available);

/// <summary><c>inventory.released.v1</c> on <c>inventory.event</c>: the order's reserved units are available again.</summary>
public sealed record InventoryReleased(Guid OrderId) : IntegrationEvent
{
    public override string GetAggregateId() => OrderId.ToString();
}
