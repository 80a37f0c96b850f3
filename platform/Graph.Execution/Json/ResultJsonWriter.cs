using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Graph.Execution.Json;

/// <summary>
/// Serializes responses (spec 7.1 "Response Format", 7.2.2 "JSON Serialization") straight to UTF-8 with
/// <see cref="Utf8JsonWriter"/>: <c>data</c> first, then <c>errors</c>, then <c>extensions</c>; map keys in selection order.
/// </summary>
public static class ResultJsonWriter
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true, Indented = true };

    // A compact writer kept per thread and pointed at each output in turn: a batched lookup's answer writes one result per
    // variable set. Taken while in use, so a nested write (none today) would make its own.
    [ThreadStatic]
    private static Utf8JsonWriter? t_compactWriter;

    public static void Write(OperationResult result, IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (indented)
        {
            using var indentedWriter = new Utf8JsonWriter(output, Indented);
            Write(indentedWriter, result);
            return;
        }

        var writer = t_compactWriter;
        t_compactWriter = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, Compact);
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            Write(writer, result);
            writer.Flush();
        }
        finally
        {
            writer.Reset(); // lets go of the output
            t_compactWriter = writer;
        }
    }

    public static void Write(Utf8JsonWriter writer, OperationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }

        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            writer.WriteStartArray();
            foreach (var error in result.Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Spec 7.1.2 "Errors": message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a result value: null, leaf values, <see cref="ResultMap"/>, lists, dictionaries and JSON.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // Most values are strings: tested first. The other leaves (one comparison each, being sealed) come before
        // object?[], whose test must allow for array covariance (a string[] is an object?[]) and costs a call.
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    if (map.TryGetEncodedKey(i, out var encoded))
                    {
                        WriteProperty(writer, encoded, map.ValueAt(i));
                    }
                    else
                    {
                        writer.WritePropertyName(map.KeyAt(i));
                        WriteValue(writer, map.ValueAt(i));
                    }
                }

                writer.WriteEndObject();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case object?[] list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable enumerable:
                writer.WriteStartArray();
                foreach (var item in enumerable)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>
    /// A property of a selection set's map: the common leaf values are written with their name in one call, as
    /// System.Text.Json's generated serializers do (one separator and state update instead of two); others as a name
    /// then <see cref="WriteValue(Utf8JsonWriter, object?)"/>.
    /// </summary>
    private static void WriteProperty(Utf8JsonWriter writer, JsonEncodedText name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(name);
                break;
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int i:
                writer.WriteNumber(name, i);
                break;
            case double d when double.IsFinite(d):
                if (IsIntegral(d))
                {
                    writer.WriteNumber(name, (long)d);
                }
                else
                {
                    writer.WriteNumber(name, d);
                }

                break;
            default:
                writer.WritePropertyName(name);
                WriteValue(writer, value);
                break;
        }
    }

    private static bool IsIntegral(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15;

    // JSON has no NaN or Infinity; an integral double prints without a fraction, as JavaScript does.
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
        }
        else if (IsIntegral(value))
        {
            writer.WriteNumberValue((long)value);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
