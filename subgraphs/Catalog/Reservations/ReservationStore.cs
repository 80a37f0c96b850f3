using Graph.Catalog.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Reservations;

/// <summary>The <c>reservation_lines</c> of an order (Migrations/0002), in the reservation's transaction.</summary>
internal static class ReservationStore
{
    public static Task<int> AddLinesAsync(CatalogDb db, Guid orderId, IReadOnlyList<ReservationLine> lines, CancellationToken cancellationToken)
    {
        var kinds = lines.Select(l => l.Kind).ToArray();
        var itemIds = lines.Select(l => l.ItemId).ToArray();
        var quantities = lines.Select(l => l.Quantity).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO reservation_lines (order_id, kind, item_id, quantity) SELECT {orderId}, k, i, q FROM unnest({kinds}::text[], {itemIds}::uuid[], {quantities}::integer[]) AS l (k, i, q)",
            cancellationToken);
    }

    /// <summary>The order's lines in the lock order of <see cref="ReservationLines"/>.</summary>
    public static async Task<IReadOnlyList<ReservationLine>> LinesAsync(CatalogDb db, Guid orderId, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQuery<LineRow>($"SELECT kind AS \"Kind\", item_id AS \"ItemId\", quantity AS \"Quantity\" FROM reservation_lines WHERE order_id = {orderId}")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return ReservationLines.InLockOrder(rows.Select(r => new ReservationLine(r.Kind, r.ItemId, r.Quantity)));
    }

    /// <summary>The row shape EF Core materializes <c>reservation_lines</c> into.</summary>
    private sealed class LineRow
    {
        public string Kind { get; set; } = "";

        public Guid ItemId { get; set; }

        public int Quantity { get; set; }
    }
}
