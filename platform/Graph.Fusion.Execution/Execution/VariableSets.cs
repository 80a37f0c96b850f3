using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Writes one lookup's variable set as JSON: the client's variables the fetch forwards, then the values its maps
/// computed from the entity (a map's value takes the place of a forwarded variable of the same name, as assigning it
/// to a JSON object would).
/// </summary>
internal static class VariableSetWriter
{
    public static byte[] Write(
        IReadOnlyList<string> forwarded, JsonObject clientVariables, (string VariableName, FieldSelectionMap Map)[] maps, FieldSelectionMap.KeyValue[] values) =>
        ThreadJsonWriter.Write((forwarded, clientVariables, maps, values), static (writer, set) => WriteSet(writer, set.forwarded, set.clientVariables, set.maps, set.values));

    private static void WriteSet(
        Utf8JsonWriter writer, IReadOnlyList<string> forwarded, JsonObject clientVariables, (string VariableName, FieldSelectionMap Map)[] maps, FieldSelectionMap.KeyValue[] values)
    {
        writer.WriteStartObject();
        foreach (var name in forwarded)
        {
            if (clientVariables.TryGetPropertyValue(name, out var value))
            {
                var mapped = LastIndexOf(maps, name);
                if (mapped >= 0)
                {
                    Write(writer, name, values[mapped]);
                }
                else
                {
                    Write(writer, name, value);
                }
            }
        }

        for (var m = 0; m < maps.Length; m++)
        {
            var name = maps[m].VariableName;
            if (FirstIndexOf(maps, name) == m && !(Contains(forwarded, name) && clientVariables.ContainsKey(name)))
            {
                Write(writer, name, values[LastIndexOf(maps, name)]);
            }
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, string name, JsonNode? value)
    {
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static void Write(Utf8JsonWriter writer, string name, FieldSelectionMap.KeyValue value)
    {
        writer.WritePropertyName(name);
        value.WriteTo(writer);
    }

    // A name keeps the position of its first assignment and the value of its last, as with a JSON object.
    private static int LastIndexOf((string VariableName, FieldSelectionMap Map)[] maps, string name)
    {
        for (var m = maps.Length - 1; m >= 0; m--)
        {
            if (maps[m].VariableName == name)
            {
                return m;
            }
        }

        return -1;
    }

    private static int FirstIndexOf((string VariableName, FieldSelectionMap Map)[] maps, string name)
    {
        for (var m = 0; m < maps.Length; m++)
        {
            if (maps[m].VariableName == name)
            {
                return m;
            }
        }

        return -1;
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Variable sets compared by their JSON bytes (equal sets are looked up once).</summary>
internal sealed class VariableSetComparer : IEqualityComparer<byte[]>
{
    public static readonly VariableSetComparer Instance = new();

    public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(byte[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
