using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace Graph.Data;

/// <summary>
/// Reads from the EF Core model whether an ordering key is a required column, for keys that are a property of the
/// queried entity (<c>p =&gt; p.Name</c>). A required key lets the keyset condition skip its null cases and start an
/// index range on it; anything else (computed keys, navigations, non-EF queries) keeps its CLR nullability.
/// </summary>
internal static class RequiredColumns
{
    public static OrderingKey Apply(Expression source, OrderingKey key)
    {
        if (!key.CanBeNull
            || key.Selector.Body is not MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression }
            || FindRoot(source, key.Selector.Parameters[0].Type) is not { } root)
        {
            return key;
        }

        return root.EntityType.FindProperty(property.Name) is { IsNullable: false } ? key with { CanBeNull = false } : key;
    }

    private static EntityQueryRootExpression? FindRoot(Expression source, Type entityType)
    {
        var finder = new RootFinder(entityType);
        finder.Visit(source);
        return finder.Root;
    }

    private sealed class RootFinder(Type entityType) : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root && root.EntityType.ClrType == entityType)
            {
                Root ??= root;
                return node;
            }

            return node.CanReduce ? base.VisitExtension(node) : node;
        }
    }
}
