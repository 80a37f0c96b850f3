using System.Globalization;
using System.Text.Json;

namespace Graph.Types;

/// <summary>Reads numbers out of CLR values and JSON elements without losing information.</summary>
internal static class Numbers
{
    public static bool IsNumber(object value) => value switch
    {
        sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal => true,
        JsonElement { ValueKind: JsonValueKind.Number } => true,
        _ => false,
    };

    /// <summary>An exact integer within the range of <see cref="long"/> (1.0 is an integer, 1.5 is not).</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case sbyte sb: result = sb; return true;
            case byte b: result = b; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue: result = (long)m; return true;
            case double d: return TryFromDouble(d, out result);
            case float f: return TryFromDouble(f, out result);
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                if (element.TryGetInt64(out result))
                {
                    return true;
                }

                return TryFromDouble(element.GetDouble(), out result);
            default:
                result = 0;
                return false;
        }
    }

    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } element: result = element.GetDouble(); return true;
            default:
                if (TryGetInteger(value, out var integer))
                {
                    result = integer;
                    return true;
                }

                result = 0;
                return false;
        }
    }

    /// <summary>The JSON kind of value, as a CLR value: string, bool, or the value itself.</summary>
    public static object Unwrap(object value) => value is JsonElement element
        ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => element,
        }
        : value;

    public static bool TryParseDouble(string text, out double result) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && double.IsFinite(result);

    private static bool TryFromDouble(double d, out long result)
    {
        if (double.IsFinite(d) && d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758E+18)
        {
            result = (long)d;
            return true;
        }

        result = 0;
        return false;
    }
}
