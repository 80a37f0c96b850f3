using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Graph.Types.CodeFirst;

/// <summary>How a resolver hands back its value.</summary>
internal enum ResultKind
{
    Value,
    Task,
    ValueTask,

    /// <summary>A <see cref="Resolvers.ResolverResult{T}"/>: already the executor's form, handed over as it is.</summary>
    ResolverResult,
    AsyncEnumerable,
    Void,
}

/// <summary>A CLR type seen as a GraphQL type: nullable or not, a list of an element shape or a named type.</summary>
internal sealed record TypeShape(Type Type, bool IsNullable, TypeShape? Element)
{
    public bool IsList => Element is not null;

    /// <summary>The CLR type under every list.</summary>
    public Type NamedType => Element?.NamedType ?? Type;
}

/// <summary>Reads CLR types the way the conventions need: unwrapping async results, lists and nullability.</summary>
internal static class ClrTypes
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static NullabilityInfo Of(PropertyInfo property)
    {
        lock (Nullability)
        {
            return Nullability.Create(property);
        }
    }

    public static NullabilityInfo Of(ParameterInfo parameter)
    {
        lock (Nullability)
        {
            return Nullability.Create(parameter);
        }
    }

    public static NullabilityInfo Of(FieldInfo field)
    {
        lock (Nullability)
        {
            return Nullability.Create(field);
        }
    }

    /// <summary>The value type of a member's result: <c>Task&lt;T&gt;</c>, <c>ValueTask&lt;T&gt;</c>, <c>ResolverResult&lt;T&gt;</c> and <c>IAsyncEnumerable&lt;T&gt;</c> unwrapped.</summary>
    public static (ResultKind Kind, Type Type, NullabilityInfo? Info) UnwrapResult(Type type, NullabilityInfo? info)
    {
        if (type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask))
        {
            return (ResultKind.Void, type, info);
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var argument = type.GetGenericArguments()[0];
            var argumentInfo = info is { GenericTypeArguments.Length: > 0 } ? info.GenericTypeArguments[0] : null;
            if (definition == typeof(Task<>))
            {
                return (ResultKind.Task, argument, argumentInfo);
            }

            if (definition == typeof(ValueTask<>))
            {
                return (ResultKind.ValueTask, argument, argumentInfo);
            }

            if (definition == typeof(Resolvers.ResolverResult<>))
            {
                return (ResultKind.ResolverResult, argument, argumentInfo);
            }

            if (definition == typeof(IAsyncEnumerable<>))
            {
                return (ResultKind.AsyncEnumerable, argument, argumentInfo);
            }
        }

        return (ResultKind.Value, type, info);
    }

    /// <summary>The shape of <paramref name="type"/>: nullability from C# annotations, lists from arrays and IEnumerable&lt;T&gt;.</summary>
    public static TypeShape Shape(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Shape(underlying, null) with { IsNullable = true };
        }

        // Without annotations (nullable-oblivious code) a member's reference type is nullable, as in C# before
        // annotations; an element with no nullability information at all (a collection class) is not.
        var nullable = !type.IsValueType && info is not null && info.ReadState != NullabilityState.NotNull;
        if (ListElement(type) is { } element)
        {
            var elementInfo = type.IsArray ? info?.ElementType
                : info is { GenericTypeArguments.Length: 1 } ? info.GenericTypeArguments[0] : null;
            return new TypeShape(type, nullable, Shape(element, elementInfo));
        }

        return new TypeShape(type, nullable, null);
    }

    /// <summary>The element type when <paramref name="type"/> is a list (array or IEnumerable&lt;T&gt;, not string or dictionary).</summary>
    public static Type? ListElement(Type type)
    {
        if (type == typeof(string) || type == typeof(JsonElement) || !typeof(IEnumerable).IsAssignableFrom(type) || IsDictionary(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    public static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));
}
