using System.Text;
using Graph.Catalog.Infrastructure;
using Graph.Data;
using Graph.Execution;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Graph.Catalog.Search;

/// <summary>
/// Product search on PostgreSQL full-text search (seed 001's search service): <c>websearch_to_tsquery</c> against the
/// generated, weighted <c>search_vector</c> column (GIN index), ranked by <c>ts_rank_cd</c>, filtered, and paged by
/// keyset on <c>(sort key, id)</c>. A keyset page starts strictly after the last row seen, so rows inserted while a
/// client pages are neither repeated nor make it skip a row (an offset would shift under them).
/// Returns ids and sort keys only; the products come through the cached <c>ProductByIdLoader</c>.
/// </summary>
public static class ProductSearch
{
    /// <summary>The order a search really runs in: RELEVANCE means nothing without text and falls back to NEWEST.</summary>
    public static ProductSearchOrder EffectiveOrder(string? text, ProductSearchOrder order) =>
        string.IsNullOrWhiteSpace(text) && order == ProductSearchOrder.Relevance ? ProductSearchOrder.Newest : order;

    /// <summary>The cursor of a hit: the order (so a cursor of another order is refused), the sort key and the id.</summary>
    public static string CursorOf(ProductSearchOrder order, SearchHit hit) => CursorKeys.Encode(order, hit.SortKey, hit.Id);

    /// <summary>The hits of one page in fetch order (see <see cref="PageRequest"/>), at most <see cref="PageRequest.FetchCount"/>.</summary>
    public static async Task<IReadOnlyList<SearchHit>> SearchAsync(CatalogDb db, ProductSearchQuery query, CancellationToken cancellationToken)
    {
        var text = NormalizedText(query.Text);
        var order = EffectiveOrder(text, query.Order);
        var key = SortKey(order);
        var page = query.Page;

        // Reading backwards reverses the order; Connection.Create puts the rows back in display order.
        var scanDescending = key.Descending != page.IsBackward;
        var parameters = new List<NpgsqlParameter>();
        var (sql, conditions) = MatchingProducts($"p.id, {key.Sql} AS sort_key", text, query.Filter, parameters);
        AddBound(conditions, parameters, key, order, page.After, "after");
        AddBound(conditions, parameters, key, order, page.Before, "before");
        AppendWhere(sql, conditions);

        var direction = scanDescending ? "DESC" : "ASC";
        sql.Append("ORDER BY sort_key ").Append(direction).Append(", p.id ").Append(direction).Append(" LIMIT @take");
        parameters.Add(new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = page.FetchCount });
        return await ReadHitsAsync(db, sql.ToString(), parameters, key.ClrType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The number of products the search matches, all pages together (<c>totalCount</c>): the same rows as
    /// <see cref="SearchAsync"/> reads (text, filters, category subtree), without its keyset bounds, order and limit.
    /// </summary>
    public static async Task<int> CountAsync(CatalogDb db, string? text, ProductFilterInput filter, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter>();
        var (sql, conditions) = MatchingProducts("count(*)", NormalizedText(text), filter, parameters);
        AppendWhere(sql, conditions);
        var counts = await db.Database.ReadRowsAsync(sql.ToString(), parameters, reader => reader.GetInt64(0), cancellationToken)
            .ConfigureAwait(false);

        // count(*) is bigint; totalCount is a GraphQL Int (32-bit), and a catalog of 2^31 products is not this one.
        return checked((int)counts.Single());
    }

    /// <summary>Search text with its outer white space removed; null when empty (no text condition, no relevance).</summary>
    private static string? NormalizedText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// <c>[WITH subtree] SELECT columns FROM products p [JOIN ...]</c> and the conditions of the text and the filters: the
    /// one place that decides which products a search matches, for its pages and its count alike. Values are added to
    /// <paramref name="parameters"/>, never to the SQL text.
    /// </summary>
    private static (StringBuilder Sql, List<string> Conditions) MatchingProducts(
        string columns, string? text, ProductFilterInput filter, List<NpgsqlParameter> parameters)
    {
        var sql = new StringBuilder();
        if (filter.CategoryId is { } categoryId)
        {
            sql.Append("WITH RECURSIVE subtree (id) AS (SELECT id FROM categories WHERE id = @category ")
               .Append("UNION SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id) ");
            parameters.Add(new NpgsqlParameter("category", NpgsqlDbType.Uuid) { Value = categoryId });
        }

        sql.Append("SELECT ").Append(columns).Append(" FROM products p ");
        if (text is not null)
        {
            sql.Append("CROSS JOIN (SELECT websearch_to_tsquery('english', @text) AS query) q ");
            parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text });
        }

        if (filter.InStock is not null)
        {
            sql.Append("LEFT JOIN product_inventory i ON i.product_id = p.id ");
        }

        return (sql, Filters(text, filter, parameters));
    }

    private static void AppendWhere(StringBuilder sql, List<string> conditions)
    {
        if (conditions.Count > 0)
        {
            sql.Append("WHERE ").AppendJoin(" AND ", conditions).Append(' ');
        }
    }

    private static List<string> Filters(string? text, ProductFilterInput filter, List<NpgsqlParameter> parameters)
    {
        var conditions = new List<string>();
        if (text is not null)
        {
            conditions.Add("p.search_vector @@ q.query");
        }

        if (filter.CategoryId is not null)
        {
            conditions.Add("p.category_id IN (SELECT id FROM subtree)");
        }

        if (!string.IsNullOrWhiteSpace(filter.Brand))
        {
            conditions.Add("lower(p.brand) = lower(@brand)");
            parameters.Add(new NpgsqlParameter("brand", NpgsqlDbType.Text) { Value = filter.Brand.Trim() });
        }

        if (filter.PriceMin is { } min)
        {
            conditions.Add("p.price_amount >= @price_min");
            parameters.Add(new NpgsqlParameter("price_min", NpgsqlDbType.Numeric) { Value = min });
        }

        if (filter.PriceMax is { } max)
        {
            conditions.Add("p.price_amount <= @price_max");
            parameters.Add(new NpgsqlParameter("price_max", NpgsqlDbType.Numeric) { Value = max });
        }

        if (filter.InStock is { } inStock)
        {
            conditions.Add(inStock ? "coalesce(i.on_hand - i.reserved, 0) > 0" : "coalesce(i.on_hand - i.reserved, 0) <= 0");
        }

        return conditions;
    }

    /// <summary>
    /// A keyset bound: rows strictly beyond the cursor's (key, id) in display order. Later rows have greater keys for an
    /// ascending order and smaller ones for a descending order; <c>before</c> is the reverse. The scan direction
    /// (forward or backward read) does not change the bound, only which end the LIMIT keeps.
    /// </summary>
    private static void AddBound(
        List<string> conditions, List<NpgsqlParameter> parameters, SortKeyDefinition key, ProductSearchOrder order,
        CursorKeys? cursor, string argument)
    {
        if (cursor is null)
        {
            return;
        }

        var values = cursor.Match([typeof(ProductSearchOrder), key.ClrType, typeof(Guid)], argument);
        if (!Equals(values[0], order))
        {
            throw new GraphQLException(
                $"The `{argument}` cursor belongs to another order of `searchProducts`; page with cursors of the same order.",
                PagingErrorCodes.InvalidCursor);
        }

        var op = (argument == "after") != key.Descending ? ">" : "<";
        conditions.Add($"({key.Sql}, p.id) {op} (@{argument}_key, @{argument}_id)");
        parameters.Add(new NpgsqlParameter($"{argument}_key", key.DbType) { Value = values[1] });
        parameters.Add(new NpgsqlParameter($"{argument}_id", NpgsqlDbType.Uuid) { Value = values[2] });
    }

    private sealed record SortKeyDefinition(string Sql, bool Descending, Type ClrType, NpgsqlDbType DbType);

    /// <summary>The SQL of the order's sort key, its direction, and its type (ts_rank_cd returns real).</summary>
    private static SortKeyDefinition SortKey(ProductSearchOrder order) => order switch
    {
        ProductSearchOrder.Relevance => new("ts_rank_cd(p.search_vector, q.query)", true, typeof(float), NpgsqlDbType.Real),
        ProductSearchOrder.PriceAsc => new("p.price_amount", false, typeof(decimal), NpgsqlDbType.Numeric),
        ProductSearchOrder.PriceDesc => new("p.price_amount", true, typeof(decimal), NpgsqlDbType.Numeric),
        ProductSearchOrder.Newest => new("p.created_at", true, typeof(DateTime), NpgsqlDbType.TimestampTz),
        ProductSearchOrder.Name => new("p.name", false, typeof(string), NpgsqlDbType.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown product search order."),
    };

    private static async Task<IReadOnlyList<SearchHit>> ReadHitsAsync(
        CatalogDb db, string sql, List<NpgsqlParameter> parameters, Type keyType, CancellationToken cancellationToken) =>
        await db.Database.ReadRowsAsync(
            sql,
            parameters,
            // timestamptz reads as a UTC DateTime: the cursor keeps it with its kind, to the microsecond.
            reader => new SearchHit(reader.GetGuid(0), keyType == typeof(DateTime) ? reader.GetDateTime(1) : reader.GetValue(1)),
            cancellationToken).ConfigureAwait(false);
}
