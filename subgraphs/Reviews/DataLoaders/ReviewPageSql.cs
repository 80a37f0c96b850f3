using System.Data.Common;
using System.Text;
using Graph.Data;
using Graph.Reviews.Domain;
using Npgsql;

namespace Graph.Reviews.DataLoaders;

/// <summary>
/// The SQL of <see cref="ReviewPageLoader"/>: for each owner (<c>unnest</c> + <c>LATERAL</c>), the first
/// <c>PageSize + 1</c> reviews after the cursor in the ordering, read from the migration's index of that ordering.
/// </summary>
public static class ReviewPageSql
{
    private const string Columns = "id, product_id, author_id, rating, title, body, hidden, helpful_count, created_at, updated_at";

    /// <summary>The review in the reader's current row, whose columns are <see cref="Columns"/> in that order.</summary>
    public static Review Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Review
        {
            Id = reader.GetGuid(0),
            ProductId = reader.GetGuid(1),
            AuthorId = reader.GetGuid(2),
            Rating = reader.GetInt32(3),
            Title = reader.GetString(4),
            Body = reader.GetString(5),
            Hidden = reader.GetBoolean(6),
            HelpfulCount = reader.GetInt32(7),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(8),
            UpdatedAt = reader.GetFieldValue<DateTimeOffset>(9),
        };
    }

    /// <summary>The query of one page per owner in <paramref name="owners"/>, and its parameters.</summary>
    public static (string Sql, IReadOnlyList<NpgsqlParameter> Parameters) Build(
        string ownerColumn, Guid[] owners, ReviewOrdering ordering, PageRequest page, bool includeHidden)
    {
        var parameters = new List<NpgsqlParameter> { new("owners", owners), new("take", page.FetchCount) };
        var where = new StringBuilder($"{ownerColumn} = owner.owner_id");
        if (!includeHidden)
        {
            where.Append(" AND NOT hidden");
        }

        if (page.After is { } after)
        {
            where.Append(" AND ").Append(AfterCondition(ordering, after.Match(ordering.KeyTypes, "after"), parameters));
        }

        // Per owner, a LIMITed read in the ordering of one of the migration's indexes: an index range scan that starts
        // at the cursor, so a deep page costs what the first does. `position` keeps each owner's rows in order.
        var sql = $"""
            SELECT {Columns} FROM unnest(@owners) AS owner (owner_id)
            CROSS JOIN LATERAL (
                SELECT {Columns}, row_number() OVER (ORDER BY {ordering.OrderBySql}) AS position
                FROM (SELECT {Columns} FROM reviews WHERE {where} ORDER BY {ordering.OrderBySql} LIMIT @take) page
            ) numbered
            ORDER BY owner.owner_id, numbered.position
            """;
        return (sql, parameters);
    }

    /// <summary>
    /// "After the cursor" in the ordering, expanded (<c>k1 &lt; v1 OR (k1 = v1 AND k2 &lt; v2) ...</c>, each comparison
    /// turned around for an ascending key) plus the range on the first key that an index can start from.
    /// </summary>
    private static string AfterCondition(ReviewOrdering ordering, object?[] values, List<NpgsqlParameter> parameters)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters.Add(new NpgsqlParameter("after" + i, values[i]));
        }

        var alternatives = new List<string>();
        for (var i = 0; i < ordering.Keys.Count; i++)
        {
            var terms = new List<string>();
            for (var j = 0; j < i; j++)
            {
                terms.Add($"{ordering.Keys[j].Column} = @after{j}");
            }

            terms.Add($"{ordering.Keys[i].Column} {(ordering.Keys[i].Descending ? "<" : ">")} @after{i}");
            alternatives.Add("(" + string.Join(" AND ", terms) + ")");
        }

        var first = ordering.Keys[0];
        return $"{first.Column} {(first.Descending ? "<=" : ">=")} @after0 AND ({string.Join(" OR ", alternatives)})";
    }
}
