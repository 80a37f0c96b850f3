using System.Text.Json;

namespace Graph.Fusion.Execution.Execution;

/// <summary>What the result shaper needs to tell about a JSON value: absent or null, an object, a list, or a leaf.</summary>
internal enum JsonViewKind
{
    Null,
    Object,
    Array,
    Leaf,
}

/// <summary>
/// A read-only view of one JSON value, as <see cref="ResultShaper"/> reads it. The shaper is generic over its views
/// (constrained to structs), so the JIT compiles one specialized copy per view with direct calls and no boxing: one
/// shaping algorithm over a subgraph's read-only answer and over merged data alike.
/// </summary>
internal interface IJsonView<TView>
    where TView : struct, IJsonView<TView>
{
    /// <summary>The kind; the default view (a missing value) is <see cref="JsonViewKind.Null"/>.</summary>
    JsonViewKind Kind { get; }

    /// <summary>The property of an object (the default, null view when it is missing or this is not an object).</summary>
    bool TryGetProperty(string name, out TView value);

    /// <summary>The same, with the name's UTF-8 bytes too (the answers are UTF-8: nothing to transcode per lookup).</summary>
    bool TryGetProperty(string name, ReadOnlySpan<byte> utf8Name, out TView value);

    /// <summary>The string value of a string (null for a null view).</summary>
    string? GetString();

    /// <summary>The number of items of a list.</summary>
    int GetArrayLength();

    /// <summary>Copies the items of a list (<see cref="GetArrayLength"/> of them) into <paramref name="destination"/>.</summary>
    void CopyItems(Span<TView> destination);

    /// <summary>A scalar or enum value as the client result carries it.</summary>
    JsonElement ToLeaf();
}

/// <summary>A view of a subgraph answer's read-only <see cref="JsonElement"/>.</summary>
internal readonly struct ElementView(JsonElement element) : IJsonView<ElementView>
{
    public JsonViewKind Kind => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => JsonViewKind.Null,
        JsonValueKind.Object => JsonViewKind.Object,
        JsonValueKind.Array => JsonViewKind.Array,
        _ => JsonViewKind.Leaf,
    };

    public bool TryGetProperty(string name, out ElementView value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property))
        {
            value = new ElementView(property);
            return true;
        }

        value = default;
        return false;
    }

    public bool TryGetProperty(string name, ReadOnlySpan<byte> utf8Name, out ElementView value)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(utf8Name, out var property))
        {
            value = new ElementView(property);
            return true;
        }

        value = default;
        return false;
    }

    public string? GetString() => element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : element.GetString();

    public int GetArrayLength() => element.GetArrayLength();

    public void CopyItems(Span<ElementView> destination)
    {
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            destination[i++] = new ElementView(item);
        }
    }

    public JsonElement ToLeaf() => element;
}
