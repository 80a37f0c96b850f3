using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Graph.Types;

/// <summary>
/// Renders a runtime value for error messages the way graphql-js's <c>inspect()</c> does
/// (<c>"abc"</c>, <c>1.5</c>, <c>true</c>, <c>null</c>, <c>[1, 2]</c>, <c>{ a: 1 }</c>), so messages match the reference.
/// </summary>
public static class ValueInspector
{
    private const int MaxDepth = 2;

    public static string Inspect(object? value) => Inspect(value, 0);

    /// <summary>A double as JavaScript's <c>String(number)</c> prints it.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            return value.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E', StringComparison.Ordinal) ? text.Replace("E", "e", StringComparison.Ordinal) : text;
    }

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        float f => FormatNumber(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        JsonElement element => InspectJson(element, depth),
        Enum e => e.ToString(),
        IDictionary dictionary => InspectObject(dictionary.Keys.Cast<object>().Select(k => (k.ToString()!, dictionary[k])), depth),
        IEnumerable<KeyValuePair<string, object?>> pairs => InspectObject(pairs.Select(p => (p.Key, p.Value)), depth),
        IEnumerable list => InspectList(list.Cast<object?>(), depth),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string InspectJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => InspectObject(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), depth),
        JsonValueKind.Array => InspectList(element.EnumerateArray().Select(e => (object?)e), depth),
        JsonValueKind.String => JsonSerializer.Serialize(element.GetString()),
        JsonValueKind.Number => FormatNumber(element.GetDouble()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string InspectList(IEnumerable<object?> items, int depth)
    {
        var array = items.ToArray();
        if (array.Length == 0)
        {
            return "[]";
        }

        if (depth >= MaxDepth)
        {
            return "[Array]";
        }

        return "[" + string.Join(", ", array.Select(item => Inspect(item, depth + 1))) + "]";
    }

    private static string InspectObject(IEnumerable<(string Key, object? Value)> entries, int depth)
    {
        var array = entries.ToArray();
        if (array.Length == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        var builder = new StringBuilder("{ ");
        for (var i = 0; i < array.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(array[i].Key).Append(": ").Append(Inspect(array[i].Value, depth + 1));
        }

        return builder.Append(" }").ToString();
    }
}
