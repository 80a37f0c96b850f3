using System.Collections;
using System.Text.Json;

namespace Graph.Execution.Coercion;

/// <summary>
/// Reads external input values (spec 3.x "Input Coercion" of variable values): JSON from the request
/// (<see cref="JsonElement"/>) or CLR values given in code (dictionaries, lists, primitives).
/// </summary>
internal static class ExternalValues
{
    public static bool IsNull(object? value) => value is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined };

    /// <summary>An object-like value: a JSON object or a string-keyed dictionary.</summary>
    public static bool TryGetObject(object? value, out IReadOnlyList<KeyValuePair<string, object?>> entries)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                entries = json.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToArray();
                return true;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                entries = pairs.ToArray();
                return true;
            case IDictionary dictionary:
                entries = dictionary.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(k.ToString()!, dictionary[k])).ToArray();
                return true;
            default:
                entries = [];
                return false;
        }
    }

    /// <summary>A list-like value (graphql-js isIterableObject): a JSON array or an enumerable other than a string or object.</summary>
    public static bool TryGetList(object? value, out IReadOnlyList<object?> items)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } json:
                items = json.EnumerateArray().Select(e => (object?)e).ToArray();
                return true;
            case JsonElement:
            case string:
            case IDictionary:
            case IEnumerable<KeyValuePair<string, object?>>:
                items = [];
                return false;
            case IEnumerable enumerable:
                items = enumerable.Cast<object?>().ToArray();
                return true;
            default:
                items = [];
                return false;
        }
    }

    /// <summary>The string of a JSON or CLR string value.</summary>
    public static string? AsString(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
        _ => null,
    };
}
