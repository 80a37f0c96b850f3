using Graph.Catalog.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Graph.Catalog.Reservations;

/// <summary>
/// The stock statements of a reservation, one per line, on <c>product_inventory</c> or <c>coupon_inventory</c>. The
/// tables' CHECK constraints (<c>0 &lt;= reserved &lt;= on_hand</c>, Migrations/0001) stay the last word.
/// </summary>
internal static class InventorySql
{
    /// <summary>Reserves the line if enough units are free, atomically (the condition is evaluated under the row lock).</summary>
    public static async Task<bool> TryReserveAsync(CatalogDb db, ReservationLine line, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = line.Kind == SagaContracts.ProductKind
            ? await db.Database.ExecuteSqlAsync(
                $"UPDATE product_inventory SET reserved = reserved + {line.Quantity}, updated_at = {now} WHERE product_id = {line.ItemId} AND on_hand - reserved >= {line.Quantity}",
                cancellationToken).ConfigureAwait(false)
            : await db.Database.ExecuteSqlAsync(
                $"UPDATE coupon_inventory SET reserved = reserved + {line.Quantity}, updated_at = {now} WHERE coupon_id = {line.ItemId} AND on_hand - reserved >= {line.Quantity}",
                cancellationToken).ConfigureAwait(false);
        return rows == 1;
    }

    /// <summary>Gives the line's units back. An item deleted since (its inventory row cascades away) has nothing to give back.</summary>
    public static Task<int> ReleaseAsync(CatalogDb db, ReservationLine line, DateTimeOffset now, CancellationToken cancellationToken) =>
        line.Kind == SagaContracts.ProductKind
            ? db.Database.ExecuteSqlAsync(
                $"UPDATE product_inventory SET reserved = reserved - {line.Quantity}, updated_at = {now} WHERE product_id = {line.ItemId}",
                cancellationToken)
            : db.Database.ExecuteSqlAsync(
                $"UPDATE coupon_inventory SET reserved = reserved - {line.Quantity}, updated_at = {now} WHERE coupon_id = {line.ItemId}",
                cancellationToken);

    /// <summary>The line's units leave the shelf: on hand and reserved both drop (the CHECKs keep 0 &lt;= reserved &lt;= on_hand).</summary>
    public static Task<int> CommitAsync(CatalogDb db, ReservationLine line, DateTimeOffset now, CancellationToken cancellationToken) =>
        line.Kind == SagaContracts.ProductKind
            ? db.Database.ExecuteSqlAsync(
                $"UPDATE product_inventory SET on_hand = on_hand - {line.Quantity}, reserved = reserved - {line.Quantity}, updated_at = {now} WHERE product_id = {line.ItemId}",
                cancellationToken)
            : db.Database.ExecuteSqlAsync(
                $"UPDATE coupon_inventory SET on_hand = on_hand - {line.Quantity}, reserved = reserved - {line.Quantity}, updated_at = {now} WHERE coupon_id = {line.ItemId}",
                cancellationToken);

    /// <summary>Units free now; 0 for an item without inventory (or that does not exist).</summary>
    public static async Task<int> AvailableAsync(CatalogDb db, ReservationLine line, CancellationToken cancellationToken)
    {
        var query = line.Kind == SagaContracts.ProductKind
            ? db.Database.SqlQuery<int>($"SELECT on_hand - reserved AS \"Value\" FROM product_inventory WHERE product_id = {line.ItemId}")
            : db.Database.SqlQuery<int>($"SELECT on_hand - reserved AS \"Value\" FROM coupon_inventory WHERE coupon_id = {line.ItemId}");
        var values = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        return values.Count == 0 ? 0 : values[0];
    }
}
