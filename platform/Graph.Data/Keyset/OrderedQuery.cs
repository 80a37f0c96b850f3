using System.Linq.Expressions;

namespace Graph.Data;

/// <summary>
/// A query split at its ordering: <c>source.OrderBy(k1).ThenBy(k2)...</c> followed by EF Core's pass-through
/// operators (<c>AsNoTracking</c>, <c>Include</c>, <c>TagWith</c>, <c>AsSplitQuery</c>, ...). Keyset paging filters the
/// source, orders it again (reversed for <c>last</c>) and re-applies the pass-through operators.
/// </summary>
internal sealed class OrderedQuery
{
    private static readonly HashSet<string> PassThroughDeclaringTypes = new(StringComparer.Ordinal)
    {
        "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions",
        "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions",
    };

    private OrderedQuery(Expression source, IReadOnlyList<OrderingKey> keys, IReadOnlyList<MethodCallExpression> passThrough)
    {
        Source = source;
        Keys = keys;
        PassThrough = passThrough;
    }

    /// <summary>The query below the ordering.</summary>
    public Expression Source { get; }

    /// <summary>The ordering keys, most significant first.</summary>
    public IReadOnlyList<OrderingKey> Keys { get; }

    /// <summary>Operators applied after the ordering, outermost first.</summary>
    public IReadOnlyList<MethodCallExpression> PassThrough { get; }

    public static OrderedQuery Parse(Expression query, Type elementType)
    {
        var node = query;
        var passThrough = new List<MethodCallExpression>();
        while (node is MethodCallExpression call && IsPassThrough(call, elementType))
        {
            passThrough.Add(call);
            node = call.Arguments[0];
        }

        var keys = new List<OrderingKey>();
        while (node is MethodCallExpression { Method.DeclaringType: var declaring } call && declaring == typeof(Queryable))
        {
            var name = call.Method.Name;
            var isThenBy = name is nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending);
            var isOrderBy = name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending);
            if (!isThenBy && !isOrderBy)
            {
                break;
            }

            if (call.Arguments.Count != 2)
            {
                throw NotKeysetOrdered($"its {name} uses a custom comparer, which the database cannot apply");
            }

            var selector = (LambdaExpression)StripQuotes(call.Arguments[1]);
            keys.Insert(0, new OrderingKey(selector, name.EndsWith("Descending", StringComparison.Ordinal)));
            node = call.Arguments[0];
            if (isOrderBy)
            {
                return new OrderedQuery(node, [.. keys.Select(k => RequiredColumns.Apply(node, k))], passThrough);
            }
        }

        throw NotKeysetOrdered(keys.Count > 0
            ? "its ThenBy is not preceded by OrderBy"
            : "it does not end with OrderBy(...) / OrderByDescending(...) (a Select, Where or Skip after the ordering is not supported either)");
    }

    /// <summary><paramref name="inner"/> with the pass-through operators applied again, innermost first.</summary>
    public Expression ApplyPassThrough(Expression inner)
    {
        for (var i = PassThrough.Count - 1; i >= 0; i--)
        {
            var call = PassThrough[i];
            inner = Expression.Call(call.Object, call.Method, [inner, .. call.Arguments.Skip(1)]);
        }

        return inner;
    }

    private static bool IsPassThrough(MethodCallExpression call, Type elementType) =>
        call.Method.IsStatic
        && call.Method.DeclaringType?.FullName is { } declaring
        && PassThroughDeclaringTypes.Contains(declaring)
        && call.Arguments.Count >= 1
        && typeof(IQueryable<>).MakeGenericType(elementType).IsAssignableFrom(call.Type)
        && typeof(IQueryable<>).MakeGenericType(elementType).IsAssignableFrom(call.Arguments[0].Type);

    private static Expression StripQuotes(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Quote } quote)
        {
            expression = quote.Operand;
        }

        return expression;
    }

    private static InvalidOperationException NotKeysetOrdered(string problem) =>
        new($"ToConnectionAsync pages by keyset and needs a query ordered by keys whose last key is unique, e.g. " +
            $"query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id); this query cannot be paged because {problem}.");
}
