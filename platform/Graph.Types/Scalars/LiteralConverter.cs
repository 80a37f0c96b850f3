using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.Language;

namespace Graph.Types;

/// <summary>Converts between constant literals, JSON and untyped CLR values (for JSON-like scalars and defaults).</summary>
public static class LiteralConverter
{
    /// <summary>A constant literal as JSON (enum values become strings). Variables are rejected.</summary>
    public static JsonElement ToJsonElement(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, literal);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>A constant literal as an untyped CLR value: long or double, string, bool, null, lists and dictionaries.</summary>
    public static object? ToUntyped(ValueNode literal) => literal switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(ToUntyped).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => ToUntyped(f.Value), StringComparer.Ordinal),
        VariableNode v => throw new CoercionException($"Unexpected variable \"${v.Name.Value}\" in constant value."),
        _ => throw new CoercionException($"Unexpected value: {literal}"),
    };

    /// <summary>A JSON value or untyped CLR value (dictionaries, lists, primitives) as a literal.</summary>
    public static ValueNode FromValue(object? value)
    {
        switch (value)
        {
            case null:
                return new NullValueNode();
            case JsonElement element:
                return FromJson(element);
            case string s:
                return new StringValueNode(s);
            case bool b:
                return new BooleanValueNode(b);
            case IDictionary dictionary:
                return new ObjectValueNode(dictionary.Keys.Cast<object>()
                    .Select(k => new ObjectFieldNode(new NameNode(k.ToString()!), FromValue(dictionary[k]))).ToArray());
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return new ObjectValueNode(pairs.Select(p => new ObjectFieldNode(new NameNode(p.Key), FromValue(p.Value))).ToArray());
            case IEnumerable list:
                return new ListValueNode(list.Cast<object?>().Select(FromValue).ToArray());
            case Enum e:
                return new EnumValueNode(e.ToString());
            default:
                if (Numbers.TryGetInteger(value, out var integer))
                {
                    return new IntValueNode(integer.ToString(CultureInfo.InvariantCulture));
                }

                if (Numbers.TryGetDouble(value, out var d) && double.IsFinite(d))
                {
                    return new FloatValueNode(ValueInspector.FormatNumber(d));
                }

                return new StringValueNode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    private static ValueNode FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectValueNode(element.EnumerateObject().Select(p => new ObjectFieldNode(new NameNode(p.Name), FromJson(p.Value))).ToArray()),
        JsonValueKind.Array => new ListValueNode(element.EnumerateArray().Select(FromJson).ToArray()),
        JsonValueKind.String => new StringValueNode(element.GetString()!),
        JsonValueKind.True => new BooleanValueNode(true),
        JsonValueKind.False => new BooleanValueNode(false),
        JsonValueKind.Number => element.TryGetInt64(out _) ? new IntValueNode(element.GetRawText()) : new FloatValueNode(element.GetRawText()),
        _ => new NullValueNode(),
    };

    private static void Write(Utf8JsonWriter writer, ValueNode literal)
    {
        switch (literal)
        {
            case NullValueNode:
                writer.WriteNullValue();
                break;
            case IntValueNode i:
                writer.WriteRawValue(i.Value);
                break;
            case FloatValueNode f:
                writer.WriteRawValue(f.Value);
                break;
            case StringValueNode s:
                writer.WriteStringValue(s.Value);
                break;
            case EnumValueNode e:
                writer.WriteStringValue(e.Value);
                break;
            case BooleanValueNode b:
                writer.WriteBooleanValue(b.Value);
                break;
            case ListValueNode list:
                writer.WriteStartArray();
                foreach (var item in list.Values)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ObjectValueNode obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields)
                {
                    writer.WritePropertyName(field.Name.Value);
                    Write(writer, field.Value);
                }

                writer.WriteEndObject();
                break;
            case VariableNode v:
                throw new CoercionException($"Unexpected variable \"${v.Name.Value}\" in constant value.");
            default:
                throw new CoercionException($"Unexpected value: {literal}");
        }
    }
}
