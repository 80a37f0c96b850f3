using System.Collections;
using System.Text.Json;

namespace Graph.Types.Resolvers;

/// <summary>
/// The resolvers used when none is bound: property reads over JSON values and dictionaries, and abstract type
/// resolution through <c>__typename</c> or the CLR type (spec 6.4.2 ResolveFieldValue, 6.4.3 ResolveAbstractType).
/// </summary>
public static class DefaultResolvers
{
    public const string TypeNameProperty = "__typename";

    /// <summary>Reads the parent's property named like the field (JSON object or string-keyed dictionary).</summary>
    public static FieldResolver JsonProperty { get; } = context => ValueTask.FromResult(ReadProperty(context.Parent, context.Field.Name));

    /// <summary>
    /// Finds the object type of <paramref name="value"/>: a <c>__typename</c> property (JSON or dictionary), otherwise the
    /// possible type whose runtime CLR type the value is an instance of, otherwise the possible type named like the CLR type.
    /// </summary>
    public static TypeResolver ResolveType { get; } = (value, context, abstractType) =>
    {
        if (ReadProperty(value, TypeNameProperty) is JsonElement { ValueKind: JsonValueKind.String } json)
        {
            return json.GetString();
        }

        if (value is IDictionary dictionary && dictionary.Contains(TypeNameProperty))
        {
            return dictionary[TypeNameProperty]?.ToString();
        }

        if (value is IReadOnlyDictionary<string, object?> readOnly && readOnly.TryGetValue(TypeNameProperty, out var name))
        {
            return name?.ToString();
        }

        if (value is null)
        {
            return null;
        }

        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        foreach (var possible in possibleTypes)
        {
            if (possible.RuntimeType?.IsInstanceOfType(value) == true)
            {
                return possible.Name;
            }
        }

        var clrName = value.GetType().Name;
        return possibleTypes.FirstOrDefault(p => p.Name == clrName)?.Name;
    };

    /// <summary>The property <paramref name="name"/> of a JSON object or dictionary; null when absent or JSON null.</summary>
    public static object? ReadProperty(object? parent, string name)
    {
        switch (parent)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(name, out var property) && property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    ? property
                    : null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(name);
            case IDictionary dictionary:
                return dictionary.Contains(name) ? dictionary[name] : null;
            default:
                return null;
        }
    }
}
