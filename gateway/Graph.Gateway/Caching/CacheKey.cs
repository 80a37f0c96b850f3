using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Graph.Gateway.Caching;

/// <summary>
/// The key of a cached response: SHA-256 of the composition, the normalized operation, the operation name, the
/// variables (canonical JSON: object members sorted) and the audience — the user (<c>sub</c>) for PRIVATE responses,
/// else the caller's roles (what an admin may see differs, e.g. hidden reviews).
/// </summary>
public static class CacheKey
{
    public static string Compute(string composition, string operationHash, string? operationName, string variables, string audience)
    {
        var text = string.Join('\n', composition, operationHash, operationName ?? "", variables, audience);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The variables as canonical JSON (object members in ordinal order); "{}" when there are none.</summary>
    public static string CanonicalVariables(JsonElement? variables, IReadOnlyDictionary<string, object?>? values)
    {
        JsonElement element;
        if (variables is { ValueKind: JsonValueKind.Object } json)
        {
            element = json;
        }
        else if (values is { Count: > 0 })
        {
            element = JsonSerializer.SerializeToElement(values);
        }
        else
        {
            return "{}";
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
