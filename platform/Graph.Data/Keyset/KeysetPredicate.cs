using System.Linq.Expressions;
using System.Reflection;

namespace Graph.Data;

/// <summary>
/// Builds "the row comes strictly after the cursor" for an ordering, the expanded form of the row comparison
/// <c>(k1, k2) &gt; (v1, v2)</c>: <c>k1 &gt; v1 OR (k1 = v1 AND k2 &gt; v2)</c>, each comparison turned around for a
/// descending key. Nullable keys follow PostgreSQL's default null order (nulls sort as the largest value: last
/// ascending, first descending), which is what EF Core's OrderBy produces on Npgsql.
/// Cursor values enter as closure members, so EF Core sends them as SQL parameters and caches one plan per shape.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows strictly after <paramref name="values"/> in the order of <paramref name="keys"/>.</summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<OrderingKey> keys, object?[] values) =>
        Build<T>(keys, values, reversed: false);

    /// <summary>Rows strictly before <paramref name="values"/>: after them in the reversed order.</summary>
    public static Expression<Func<T, bool>> Before<T>(IReadOnlyList<OrderingKey> keys, object?[] values) =>
        Build<T>(keys, values, reversed: true);

    private static Expression<Func<T, bool>> Build<T>(IReadOnlyList<OrderingKey> keys, object?[] values, bool reversed)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression? equalSoFar = null;
        Expression? firstValue = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i].BodyOver(row);
            var descending = keys[i].Descending != reversed;
            var value = values[i] is null ? null : Parameter(values[i]!, Nullable.GetUnderlyingType(key.Type) ?? key.Type);
            if (i == 0)
            {
                firstValue = value;
            }

            var beyond = Beyond(key, keys[i].CanBeNull, value, descending);
            if (beyond is not null)
            {
                var term = equalSoFar is null ? beyond : Expression.AndAlso(equalSoFar, beyond);
                any = any is null ? term : Expression.OrElse(any, term);
            }

            var equal = Equal(key, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        var predicate = any ?? Expression.Constant(false);
        if (any is not null && IndexBound(keys[0].BodyOver(row), keys[0].CanBeNull, firstValue, keys[0].Descending != reversed) is { } bound)
        {
            predicate = Expression.AndAlso(bound, predicate);
        }

        return Expression.Lambda<Func<T, bool>>(predicate, row);
    }

    /// <summary>
    /// A redundant range on the first key (<c>k1 &gt;= v1</c>, or <c>&lt;=</c> descending) that an index on the keys can
    /// start from; the OR form alone is not a range condition to PostgreSQL. Only valid when no null row lies beyond the
    /// cursor on the first key, so not for a nullable key read ascending.
    /// </summary>
    private static Expression? IndexBound(Expression key, bool nullable, Expression? value, bool descending) =>
        value is null || (!descending && nullable)
            ? null
            : Compare(key, descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual, value);

    /// <summary>The key is strictly beyond the value in the key's direction; null when no row can be.</summary>
    private static Expression? Beyond(Expression key, bool nullable, Expression? value, bool descending)
    {
        if (value is null)
        {
            // Nulls are the largest: nothing is beyond a null ascending; every non-null is beyond it descending.
            return descending && nullable ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : null;
        }

        var comparison = Compare(key, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, value);
        return !descending && nullable
            ? Expression.OrElse(comparison, Expression.Equal(key, Expression.Constant(null, key.Type)))
            : comparison;
    }

    private static Expression Equal(Expression key, Expression? value) =>
        value is null ? Expression.Equal(key, Expression.Constant(null, key.Type)) : Compare(key, ExpressionType.Equal, value);

    private static Expression Compare(Expression key, ExpressionType operation, Expression parameter)
    {
        var type = parameter.Type;
        if (type == typeof(string))
        {
            // C# has no string < operator; EF Core translates string.Compare(a, b) > 0 to a > b.
            return Expression.MakeBinary(operation, Expression.Call(StringCompare, key, parameter), Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var number = Enum.GetUnderlyingType(type);
            return Expression.MakeBinary(operation, Expression.Convert(key, Lifted(number, key.Type)), Expression.Convert(parameter, Lifted(number, key.Type)));
        }

        if (HasOperator(type, operation))
        {
            return Expression.MakeBinary(operation, key, key.Type == type ? parameter : Expression.Convert(parameter, key.Type));
        }

        if (operation == ExpressionType.Equal)
        {
            return Expression.Equal(key, key.Type == type ? parameter : Expression.Convert(parameter, key.Type));
        }

        // Guid and bool have no < operator; EF Core translates a.CompareTo(b) > 0 to a > b.
        var compareTo = type.GetMethod(nameof(IComparable<int>.CompareTo), [type])
            ?? throw new InvalidOperationException($"An ordering key of type {type} cannot be compared; order by a comparable key.");
        var target = key.Type == type ? key : Expression.Property(key, nameof(Nullable<int>.Value));
        return Expression.MakeBinary(operation, Expression.Call(target, compareTo, parameter), Expression.Constant(0));
    }

    private static Type Lifted(Type number, Type keyType) => IsNullable(keyType) ? typeof(Nullable<>).MakeGenericType(number) : number;

    private static bool HasOperator(Type type, ExpressionType operation)
    {
        if (type.IsPrimitive && type != typeof(bool))
        {
            return true;
        }

        var name = operation switch
        {
            ExpressionType.GreaterThan => "op_GreaterThan",
            ExpressionType.GreaterThanOrEqual => "op_GreaterThanOrEqual",
            ExpressionType.LessThan => "op_LessThan",
            ExpressionType.LessThanOrEqual => "op_LessThanOrEqual",
            _ => "op_Equality",
        };
        return type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [type, type]) is not null;
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    // A member of a constant object: EF Core's funcletizer turns it into a SQL parameter, not a literal.
    private static Expression Parameter(object value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.CursorKey));
    }

    private sealed class ValueBox<TValue>(TValue value)
    {
        public TValue CursorKey { get; } = value;
    }
}
