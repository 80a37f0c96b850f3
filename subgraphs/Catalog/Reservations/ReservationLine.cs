namespace Graph.Catalog.Reservations;

/// <summary>One item of a reservation: how many units of a product or coupon the order holds.</summary>
public sealed record ReservationLine(string Kind, Guid ItemId, int Quantity);

/// <summary>
/// Turns the lines of <c>order.created.v1</c> into what is reserved: one line per item (two order lines for the same
/// item add up), sorted by kind then id. Every transaction that changes stock for orders takes the row locks in this
/// order, so two checkouts touching the same items wait for each other instead of deadlocking.
/// </summary>
public static class ReservationLines
{
    /// <summary>At most this many distinct items per order: every item is one locked row in the transaction.</summary>
    public const int MaxItems = 100;

    /// <summary>At most this many units of one item per order.</summary>
    public const int MaxQuantity = 10_000;

    /// <summary>The normalized lines, or null when the order breaks a limit (no lines, a bad kind, id or quantity).</summary>
    public static IReadOnlyList<ReservationLine>? Normalize(IReadOnlyList<OrderCreatedLine>? lines)
    {
        if (lines is null || lines.Count == 0 || lines.Count > MaxItems)
        {
            return null;
        }

        var quantities = new Dictionary<(string Kind, Guid ItemId), long>();
        foreach (var line in lines)
        {
            if (line is null || line.Kind is not (SagaContracts.ProductKind or SagaContracts.CouponKind)
                || line.ItemId == Guid.Empty || line.Quantity <= 0)
            {
                return null;
            }

            var key = (line.Kind, line.ItemId);
            quantities[key] = quantities.GetValueOrDefault(key) + line.Quantity;
        }

        if (quantities.Values.Any(q => q > MaxQuantity))
        {
            return null;
        }

        return quantities
            .Select(pair => new ReservationLine(pair.Key.Kind, pair.Key.ItemId, (int)pair.Value))
            .OrderBy(line => line.Kind, StringComparer.Ordinal)
            .ThenBy(line => line.ItemId)
            .ToArray();
    }

    /// <summary>The same lock order for lines read back from the database.</summary>
    public static IReadOnlyList<ReservationLine> InLockOrder(IEnumerable<ReservationLine> lines) =>
        lines.OrderBy(line => line.Kind, StringComparer.Ordinal).ThenBy(line => line.ItemId).ToArray();
}
