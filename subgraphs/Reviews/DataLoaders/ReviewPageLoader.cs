using Graph.Data;
using Graph.Execution.DataLoader;
using Graph.Reviews.Domain;
using Graph.Reviews.Infrastructure;
using Graph.ServiceDefaults.Database;
using Microsoft.EntityFrameworkCore;

namespace Graph.Reviews.DataLoaders;

/// <summary>
/// Keyset pages of reviews per owner (Graph.Data cursors, no OFFSET): for each group of keys that share ordering, size
/// and cursor, one query reads, for every owner (<c>unnest</c> + <c>LATERAL</c>), the first <c>PageSize + 1</c> rows
/// after the cursor; <see cref="Connection.Create{T}(PageRequest, IReadOnlyList{T}, Func{T, string}, int?)"/>
/// makes the connections.
/// </summary>
public abstract class ReviewPageLoader(IBatchScheduler scheduler, IDbContextFactory<ReviewsDb> databases)
    : BatchDataLoader<ReviewPageKey, Connection<Review>>(scheduler)
{
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

    /// <summary>
    /// The rows of one group's query, read with ADO.NET on the context's connection: through EF Core's
    /// <c>FromSqlRaw</c> each read also built, hashed and looked up the query's expression tree (a product page's
    /// <c>reviews</c>), for ten columns mapped one to one.
    /// </summary>
    private async Task<List<Review>> FetchAsync(
        ReviewsDb db, Guid[] owners, ReviewOrdering ordering, PageRequest page, bool includeHidden, CancellationToken cancellationToken)
    {
        var (sql, parameters) = ReviewPageSql.Build(OwnerColumn, owners, ordering, page, includeHidden);
        return await db.Database.ReadRowsAsync(sql, parameters, ReviewPageSql.Read, cancellationToken).ConfigureAwait(false);
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
