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
/// makes the connections. Keys that select <c>totalCount</c> add one grouped count per batch
/// (<see cref="ReviewTotalsSql"/>); a batch where none does runs no count and allocates nothing for it.
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
            var totals = await CountAsync(db, keys, cancellationToken).ConfigureAwait(false);

            // A page with and without its total is the same page: one query reads it for both kinds of keys.
            foreach (var group in keys.GroupBy(k => k with { OwnerId = Guid.Empty, IncludeTotalCount = false }))
            {
                var page = group.Key.Validate();
                var ordering = ReviewOrdering.For(group.Key.Order);
                var owners = group.Select(k => k.OwnerId).Distinct().ToArray();
                var rows = await FetchAsync(db, owners, ordering, page, group.Key.IncludeHidden, cancellationToken).ConfigureAwait(false);
                var byOwner = rows.ToLookup(OwnerOf);
                foreach (var key in group)
                {
                    int? total = key.IncludeTotalCount ? totals![(key.OwnerId, key.IncludeHidden)] : null;
                    result[key] = Connection.Create(page, byOwner[key.OwnerId].ToList(), ordering.CursorOf, total);
                }
            }

            return result;
        }
    }

    /// <summary>
    /// The totals of the owners whose keys select <c>totalCount</c>, by owner and whether hidden reviews count (the same
    /// for every key of a request, so one query in practice); null, with no query, when no key selects it.
    /// </summary>
    private async Task<Dictionary<(Guid Owner, bool IncludeHidden), int>?> CountAsync(
        ReviewsDb db, IReadOnlyList<ReviewPageKey> keys, CancellationToken cancellationToken)
    {
        HashSet<Guid>? visibleOnly = null;
        HashSet<Guid>? withHidden = null;
        foreach (var key in keys)
        {
            if (key.IncludeTotalCount)
            {
                (key.IncludeHidden ? withHidden ??= [] : visibleOnly ??= []).Add(key.OwnerId);
            }
        }

        if (visibleOnly is null && withHidden is null)
        {
            return null;
        }

        var totals = new Dictionary<(Guid Owner, bool IncludeHidden), int>();
        if (visibleOnly is not null)
        {
            await CountIntoAsync(totals, db, visibleOnly, includeHidden: false, cancellationToken).ConfigureAwait(false);
        }

        if (withHidden is not null)
        {
            await CountIntoAsync(totals, db, withHidden, includeHidden: true, cancellationToken).ConfigureAwait(false);
        }

        return totals;
    }

    private async Task CountIntoAsync(
        Dictionary<(Guid Owner, bool IncludeHidden), int> totals, ReviewsDb db, HashSet<Guid> owners, bool includeHidden, CancellationToken cancellationToken)
    {
        foreach (var owner in owners)
        {
            totals[(owner, includeHidden)] = 0;   // the grouped count has no row for an owner without reviews
        }

        var (sql, parameters) = ReviewTotalsSql.Build(OwnerColumn, owners.ToArray(), includeHidden);
        var counts = await db.Database.ReadRowsAsync(sql, parameters, static reader => (Owner: reader.GetGuid(0), Count: reader.GetInt32(1)), cancellationToken)
            .ConfigureAwait(false);
        foreach (var (owner, count) in counts)
        {
            totals[(owner, includeHidden)] = count;
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
