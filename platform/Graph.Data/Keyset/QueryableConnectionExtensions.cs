using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Graph.Data;

/// <summary>
/// Relay connections over EF Core queries by keyset ("seek") paging: the page starts where the cursor's keys point,
/// with a WHERE on the ordering keys and a LIMIT, never an OFFSET. Pages stay stable while rows are inserted or
/// deleted elsewhere in the list, and reading page 1,000 costs what reading page 1 does (given an index on the keys).
/// </summary>
public static class QueryableConnectionExtensions
{
    private static readonly MethodInfo OrderByMethod = QueryableMethod(nameof(Queryable.OrderBy));
    private static readonly MethodInfo OrderByDescendingMethod = QueryableMethod(nameof(Queryable.OrderByDescending));
    private static readonly MethodInfo ThenByMethod = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo ThenByDescendingMethod = QueryableMethod(nameof(Queryable.ThenByDescending));

    /// <summary>
    /// One page of <paramref name="query"/>, which must end with <c>OrderBy/OrderByDescending(...)</c> and any
    /// <c>ThenBy/ThenByDescending(...)</c>, the last key unique (e.g. the primary key), optionally followed by
    /// <c>AsNoTracking</c>, <c>Include</c>, <c>TagWith</c> and similar EF Core operators.
    /// </summary>
    /// <param name="query">The ordered query.</param>
    /// <param name="paging">The field's arguments and limits; with <see cref="PagingArguments.IncludeTotalCount"/>, also a <c>COUNT(*)</c> over the unpaged query for <c>totalCount</c>.</param>
    /// <param name="cancellationToken">The request's token.</param>
    /// <exception cref="Graph.Execution.GraphQLException">Invalid arguments (see <see cref="PagingErrorCodes"/>).</exception>
    /// <exception cref="InvalidOperationException">The query is not ordered as required.</exception>
    public static Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, PagingArguments paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var row = Expression.Parameter(typeof(T), "row");
        return PageAsync(query, Expression.Lambda<Func<T, T>>(row, row), paging, cancellationToken);
    }

    /// <summary>
    /// As <see cref="ToConnectionAsync{T}(IQueryable{T}, PagingArguments, CancellationToken)"/>, with each item
    /// projected by <paramref name="selector"/> in the database (only the selected columns and the ordering keys are read).
    /// </summary>
    public static Task<Connection<TResult>> ToConnectionAsync<T, TResult>(
        this IQueryable<T> query,
        Expression<Func<T, TResult>> selector,
        PagingArguments paging,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(selector);
        return PageAsync(query, selector, paging, cancellationToken);
    }

    /// <summary>
    /// The SQL the page query of <see cref="ToConnectionAsync{T}(IQueryable{T}, PagingArguments, CancellationToken)"/>
    /// sends for these arguments (EF Core's <c>ToQueryString</c>), to check plans and indexes.
    /// </summary>
    public static string ToConnectionQueryString<T>(this IQueryable<T> query, PagingArguments paging)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(paging);
        var row = Expression.Parameter(typeof(T), "row");
        return PageQuery(query, Expression.Lambda<Func<T, T>>(row, row), paging.Validate(), out _).ToQueryString();
    }

    private static async Task<Connection<TResult>> PageAsync<T, TResult>(
        IQueryable<T> query, Expression<Func<T, TResult>> selector, PagingArguments paging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paging);
        var page = paging.Validate();
        var pageQuery = PageQuery(query, selector, page, out var ordered);
        var rows = await pageQuery.ToListAsync(cancellationToken).ConfigureAwait(false);
        int? totalCount = paging.IncludeTotalCount
            ? await query.Provider.CreateQuery<T>(ordered.ApplyPassThrough(ordered.Source)).CountAsync(cancellationToken).ConfigureAwait(false)
            : null;
        return Connection.Create(page, rows, static row => row.Node, static row => CursorKeys.Encode(row.Keys), totalCount);
    }

    private static IQueryable<KeyedRow<TResult>> PageQuery<T, TResult>(
        IQueryable<T> query, Expression<Func<T, TResult>> selector, PageRequest page, out OrderedQuery ordered)
    {
        ordered = OrderedQuery.Parse(query.Expression, typeof(T));
        var keyTypes = ordered.Keys.Select(k => k.Type).ToArray();
        var filtered = query.Provider.CreateQuery<T>(ordered.Source);
        if (page.After is not null)
        {
            filtered = filtered.Where(KeysetPredicate.After<T>(ordered.Keys, page.After.Match(keyTypes, "after")));
        }

        if (page.Before is not null)
        {
            filtered = filtered.Where(KeysetPredicate.Before<T>(ordered.Keys, page.Before.Match(keyTypes, "before")));
        }

        var reordered = ordered.ApplyPassThrough(Order(filtered.Expression, ordered.Keys, reverse: page.IsBackward));
        return query.Provider.CreateQuery<T>(reordered)
            .Select(WithKeys(selector, ordered.Keys))
            .Take(page.FetchCount);
    }

    private static Expression Order(Expression source, IReadOnlyList<OrderingKey> keys, bool reverse)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = (i, descending) switch
            {
                (0, false) => OrderByMethod,
                (0, true) => OrderByDescendingMethod,
                (_, false) => ThenByMethod,
                (_, true) => ThenByDescendingMethod,
            };
            var selector = keys[i].Selector;
            source = Expression.Call(method.MakeGenericMethod(selector.Parameters[0].Type, selector.ReturnType), source, Expression.Quote(selector));
        }

        return source;
    }

    // row => new KeyedRow<TResult> { Node = selector(row), Keys = new object[] { (object)k1(row), ... } }
    private static Expression<Func<T, KeyedRow<TResult>>> WithKeys<T, TResult>(Expression<Func<T, TResult>> selector, IReadOnlyList<OrderingKey> keys)
    {
        var row = selector.Parameters[0];
        var values = keys.Select(k => (Expression)Expression.Convert(k.BodyOver(row), typeof(object)));
        var body = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<TResult>)),
            Expression.Bind(typeof(KeyedRow<TResult>).GetProperty(nameof(KeyedRow<TResult>.Node))!, selector.Body),
            Expression.Bind(typeof(KeyedRow<TResult>).GetProperty(nameof(KeyedRow<TResult>.Keys))!, Expression.NewArrayInit(typeof(object), values)));
        return Expression.Lambda<Func<T, KeyedRow<TResult>>>(body, row);
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == name && m.GetParameters().Length == 2);
}
