using Npgsql;

namespace Graph.Reviews.DataLoaders;

/// <summary>
/// The SQL of the totals <see cref="ReviewPageLoader"/> reads for the keys that select <c>totalCount</c>: the number of
/// each owner's reviews with the pages' filters (owner, and hidden ones for admins only) but without cursor or limit,
/// one grouped query for all owners. An owner without reviews has no row: its total is 0.
/// </summary>
public static class ReviewTotalsSql
{
    /// <summary>The grouped count over <paramref name="owners"/>, and its parameters; rows are <c>(owner, count)</c>.</summary>
    public static (string Sql, IReadOnlyList<NpgsqlParameter> Parameters) Build(string ownerColumn, Guid[] owners, bool includeHidden)
    {
        var hidden = includeHidden ? "" : " AND NOT hidden";
        var sql = $"SELECT {ownerColumn}, count(*)::integer FROM reviews WHERE {ownerColumn} = ANY(@owners){hidden} GROUP BY {ownerColumn}";
        return (sql, [new NpgsqlParameter("owners", owners)]);
    }
}
