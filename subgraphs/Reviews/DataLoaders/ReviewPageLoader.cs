using System.Text;
using Graph.Data;
using Graph.Execution.DataLoader;
using Graph.Reviews.Domain;
using Graph.Reviews.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Graph.Reviews.DataLoaders;

/// <summary>
/// Keyset pages of reviews per owner (Graph.Data cursors, no OFFSET): for each group of keys that share ordering, size
/// and cursor, one query numbers every owner's rows with <c>row_number() OVER (PARTITION BY owner ...)</c> after the
/// cursor and keeps the first <c>PageSize + 1</c> of each; <see cref="Connection.Create{T}(PageRequest, IReadOnlyList{T}, Func{T, string}, int?)"/>
/// makes the connections.
/// </summary>
public abstract class ReviewPageLoader(IBatchScheduler scheduler, IDbContextFactory<ReviewsDb> databases)
    : BatchDataLoader<ReviewPageKey, Connection<Review>>(scheduler)
{
    private const string Columns = "id, product_id, author_id, rating, title, body, hidden, helpful_count, created_at, updated_at";

    /// <summary>The column the pages are per (<c>product_id</c>, <c>author_id</c>).</summary>
    protected abstract string OwnerColumn { get; }

    /// <summary>The owner of a row, the value of <see cref="OwnerColumn"/>.</summary>
    protected abstract Guid OwnerOf(Review review);

    protected override async Task<IReadOnlyDictionary<ReviewPageKey, Connection<Review>>> LoadBatchAsync(
        IReadOnlyList<ReviewPageKey> keys, CancellationToken cancellationToken)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var result = new Dictionary<ReviewPageKey, Connection<Review>>();
            foreach (var group in keys.GroupBy(k => k with { OwnerId = Guid.Empty }))
            {
                var page = group.Key.Validate();
                var ordering = ReviewOrdering.For(group.Key.Order);
                var owners = group.Select(k => k.OwnerId).Distinct().ToArray();
                var rows = await FetchAsync(db, owners, ordering, page, group.Key.IncludeHidden, cancellationToken).ConfigureAwait(false);
                var byOwner = rows.ToLookup(OwnerOf);
                foreach (var key in group)
                {
                    result[key] = Connection.Create(page, byOwner[key.OwnerId].ToList(), ordering.CursorOf);
                }
            }

            return result;
        }
    }

    private async Task<List<Review>> FetchAsync(
        ReviewsDb db, Guid[] owners, ReviewOrdering ordering, PageRequest page, bool includeHidden, CancellationToken cancellationToken)
    {
        var parameters = new List<NpgsqlParameter> { new("owners", owners), new("take", page.FetchCount) };
        var where = new StringBuilder($"{OwnerColumn} = ANY (@owners)");
        if (!includeHidden)
        {
            where.Append(" AND NOT hidden");
        }

        if (page.After is { } after)
        {
            where.Append(" AND ").Append(AfterCondition(ordering, after.Match(ordering.KeyTypes, "after"), parameters));
        }

        var sql = $"""
            SELECT {Columns} FROM (
                SELECT {Columns}, row_number() OVER (PARTITION BY {OwnerColumn} ORDER BY {ordering.OrderBySql}) AS position
                FROM reviews WHERE {where}
            ) ranked
            WHERE position <= @take
            ORDER BY {OwnerColumn}, position
            """;
        return await db.Reviews.FromSqlRaw(sql, [.. parameters]).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
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

/// <summary>Pages of a product's reviews (<c>Product.reviews</c>).</summary>
public sealed class ProductReviewsLoader(IBatchScheduler scheduler, IDbContextFactory<ReviewsDb> databases) : ReviewPageLoader(scheduler, databases)
{
    protected override string OwnerColumn => "product_id";

    protected override Guid OwnerOf(Review review) => review.ProductId;
}

/// <summary>Pages of an author's reviews (<c>User.reviews</c>).</summary>
public sealed class AuthorReviewsLoader(IBatchScheduler scheduler, IDbContextFactory<ReviewsDb> databases) : ReviewPageLoader(scheduler, databases)
{
    protected override string OwnerColumn => "author_id";

    protected override Guid OwnerOf(Review review) => review.AuthorId;
}
