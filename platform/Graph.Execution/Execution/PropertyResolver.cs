using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>
/// The default field resolver (graphql-js defaultFieldResolver): the parent's property named like the field, read
/// from JSON objects, string-keyed dictionaries, or CLR objects through a getter compiled once per type and name.
/// </summary>
public static class PropertyResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    public static FieldResolver Resolve { get; } = context => new ValueTask<object?>(Read(context.Parent, context.Field.Name));

    public static object? Read(object? parent, string name) => parent switch
    {
        null => null,
        JsonElement or IReadOnlyDictionary<string, object?> or IDictionary => DefaultResolvers.ReadProperty(parent, name),
        _ => GetGetter(parent.GetType(), name) is { } getter ? getter(parent) : null,
    };

    /// <summary>Whether <see cref="Read"/> reads <paramref name="parent"/> by key rather than through a compiled getter.</summary>
    internal static bool ReadsByKey(object parent) => parent is JsonElement or IReadOnlyDictionary<string, object?> or IDictionary;

    /// <summary>The compiled getter of the property <paramref name="name"/> of <paramref name="type"/>; null when it has none.</summary>
    internal static Func<object, object?>? GetGetter(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags) ?? type.GetProperty(name, flags | BindingFlags.IgnoreCase);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var read = Expression.Property(Expression.Convert(parameter, type), property);

        // A Boolean property returns one of two shared boxes instead of boxing on every read.
        Expression body = property.PropertyType == typeof(bool)
            ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Of), BindingFlags.Public | BindingFlags.Static)!, read)
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
