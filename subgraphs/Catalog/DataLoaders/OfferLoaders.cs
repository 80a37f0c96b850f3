using Graph.Catalog.Domain;
using Graph.Catalog.Infrastructure;
using Graph.Catalog.Pricing;
using Graph.Execution.DataLoader;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Catalog.DataLoaders;

/// <summary>
/// The offers active now that cover each product: named directly, or naming the product's category or any ancestor
/// of it. One SQL query per batch (a recursive walk up the category tree); the clock is the injected
/// <see cref="TimeProvider"/> so windows are evaluated at one instant per batch. The query is read with ADO.NET
/// (<see cref="RawSqlExtensions.ReadRowsAsync"/>): through EF Core's raw SQL query it spent more CPU building and hashing
/// the query's expression than reading the rows (a <c>finalPrice</c> on every product page).
/// </summary>
public sealed class ActiveOffersByProductLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory, TimeProvider clock)
    : GroupedDataLoader<Guid, OfferMatch>(scheduler)
{
    private const string Sql = """
        WITH RECURSIVE lineage (product_id, category_id) AS (
            SELECT p.id, p.category_id FROM products p WHERE p.id = ANY ($1)
            UNION
            SELECT l.product_id, c.parent_id
            FROM lineage l JOIN categories c ON c.id = l.category_id
            WHERE c.parent_id IS NOT NULL
        )
        SELECT DISTINCT l.product_id, o.id, o.discount_percent
        FROM lineage l
        JOIN offers o ON l.category_id = ANY (o.category_ids) OR l.product_id = ANY (o.product_ids)
        WHERE o.starts_at <= $2 AND o.ends_at > $2
        """;

    protected override async Task<ILookup<Guid, OfferMatch>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.Database.ReadRowsAsync(
                Sql,
                [new NpgsqlParameter { Value = keys.ToArray() }, new NpgsqlParameter { Value = clock.GetUtcNow() }],
                static reader => new OfferMatch(reader.GetGuid(0), reader.GetGuid(1), reader.GetDecimal(2)),
                cancellationToken).ConfigureAwait(false);
            return rows.ToLookup(r => r.ProductId);
        }
    }
}

/// <summary>Offers by id, one SQL query per batch (offers are few and not cached: their windows make them time-dependent).</summary>
public sealed class OfferByIdLoader(IBatchScheduler scheduler, IDbContextFactory<CatalogDb> dbFactory) : BatchDataLoader<Guid, Offer>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<Guid, Offer>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = dbFactory.CreateDbContext();
        return await db.Offers.AsNoTracking()
            .Where(o => keys.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken)
            .ConfigureAwait(false);
    }
}
