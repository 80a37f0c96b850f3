using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Fusion.Execution.Execution;

/// <summary>A value from a subgraph's read-only answer and when it was merged (later values win, as in a deep merge).</summary>
internal readonly record struct Fragment(JsonElement Value, int Sequence);

/// <summary>
/// The merged data of one execution without copying the subgraphs' answers into mutable nodes: each fetch's answer
/// stays read-only JSON, and an overlay node records, for each position where a fetch attached a fragment (the root
/// for root fetches, an entity for a lookup), the fragments merged into the object there. Only the positions that
/// lookups visited have nodes; <see cref="MergedView"/> reads the merged value of any position from both.
/// </summary>
internal sealed class OverlayNode
{
    private List<Fragment>? _fragments;
    private Dictionary<string, OverlayNode>? _properties;
    private List<OverlayNode?>? _items;

    /// <summary>The fragments merged into the object at this position, in merge order.</summary>
    public List<Fragment>? Fragments => _fragments;

    public bool HasChildren => _properties is not null || _items is not null;

    public void Attach(Fragment fragment) => (_fragments ??= []).Add(fragment);

    public OverlayNode Property(string name)
    {
        _properties ??= new Dictionary<string, OverlayNode>(StringComparer.Ordinal);
        if (!_properties.TryGetValue(name, out var child))
        {
            _properties[name] = child = new OverlayNode();
        }

        return child;
    }

    public OverlayNode Item(int index)
    {
        _items ??= [];
        while (_items.Count <= index)
        {
            _items.Add(null);
        }

        return _items[index] ??= new OverlayNode();
    }

    public OverlayNode? FindProperty(string name) => _properties is not null && _properties.TryGetValue(name, out var child) ? child : null;

    public OverlayNode? FindItem(int index) => _items is not null && index < _items.Count ? _items[index] : null;
}

/// <summary>
/// The merged value at one position, read as a deep merge of every fragment there would have built it: objects merge
/// by key, lists of the same length item by item (an item merges only object into object, otherwise the earlier one
/// stays), anything else is replaced by the later value (a later null included).
/// </summary>
internal readonly struct MergedView : IJsonView<MergedView>
{
    private readonly Fragment _one;
    private readonly Fragment[]? _many;
    private readonly OverlayNode? _overlay;

    private MergedView(Fragment one, Fragment[]? many, OverlayNode? overlay)
    {
        _one = one;
        _many = many;
        _overlay = overlay;
    }

    /// <summary>The merged data at the root: the root fetches' <c>data</c> objects and what lookups attached below.</summary>
    public static MergedView Root(OverlayNode root)
    {
        var candidates = new Candidates();
        if (root.Fragments is { } fragments)
        {
            foreach (var fragment in fragments)
            {
                candidates.Add(fragment);
            }
        }

        return candidates.Fold(root, itemRule: false);
    }

    /// <summary>One read-only value, nothing merged into it.</summary>
    public static MergedView Of(JsonElement value) => new(new Fragment(value, 0), null, null);

    public JsonViewKind Kind => _one.Value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => JsonViewKind.Null,
        JsonValueKind.Object => JsonViewKind.Object,
        JsonValueKind.Array => JsonViewKind.Array,
        _ => JsonViewKind.Leaf,
    };

    public bool TryGetProperty(string name, out MergedView value) => TryGetProperty(name, [], out value);

    public bool TryGetProperty(string name, ReadOnlySpan<byte> utf8Name, out MergedView value)
    {
        if (_many is null && _overlay is null)
        {
            // Most positions: one answer, nothing merged at or below them.
            if (_one.Value.ValueKind == JsonValueKind.Object
                && (utf8Name.IsEmpty ? _one.Value.TryGetProperty(name, out var only) : _one.Value.TryGetProperty(utf8Name, out only)))
            {
                value = new MergedView(new Fragment(only, _one.Sequence), null, null);
                return true;
            }

            value = default;
            return false;
        }

        var child = _overlay?.FindProperty(name);
        var candidates = new Candidates();
        if (_one.Value.ValueKind == JsonValueKind.Object)
        {
            if (_many is null)
            {
                if (utf8Name.IsEmpty ? _one.Value.TryGetProperty(name, out var property) : _one.Value.TryGetProperty(utf8Name, out property))
                {
                    candidates.Add(new Fragment(property, _one.Sequence));
                }
            }
            else
            {
                foreach (var source in _many)
                {
                    if (utf8Name.IsEmpty ? source.Value.TryGetProperty(name, out var property) : source.Value.TryGetProperty(utf8Name, out property))
                    {
                        candidates.Add(new Fragment(property, source.Sequence));
                    }
                }
            }
        }

        candidates.AddAll(child?.Fragments);
        value = candidates.Fold(child, itemRule: false);
        return candidates.Count > 0;
    }

    public string? GetString() => Kind == JsonViewKind.Null ? null : _one.Value.GetString();

    public int GetArrayLength() => _one.Value.GetArrayLength();

    public void CopyItems(Span<MergedView> destination)
    {
        if (_many is null && _overlay is null)
        {
            var i = 0;
            foreach (var item in _one.Value.EnumerateArray())
            {
                destination[i++] = new MergedView(new Fragment(item, _one.Sequence), null, null);
            }

            return;
        }

        if (_many is null)
        {
            var i = 0;
            foreach (var item in _one.Value.EnumerateArray())
            {
                var candidates = new Candidates();
                candidates.Add(new Fragment(item, _one.Sequence));
                var child = _overlay?.FindItem(i);
                candidates.AddAll(child?.Fragments);
                destination[i++] = candidates.Fold(child, itemRule: true);
            }

            return;
        }

        for (var i = 0; i < destination.Length; i++)
        {
            var candidates = new Candidates();
            foreach (var source in _many)
            {
                candidates.Add(new Fragment(source.Value[i], source.Sequence));
            }

            var child = _overlay?.FindItem(i);
            candidates.AddAll(child?.Fragments);
            destination[i] = candidates.Fold(child, itemRule: true);
        }
    }

    public JsonElement ToLeaf()
    {
        if (_many is null)
        {
            return _one.Value;
        }

        // A JSON scalar whose value is an object or list several fetches merged: rare, so written out and parsed.
        return JsonElement.Parse(ToUtf8());
    }

    /// <summary>A fresh mutable copy of the merged value (null for null).</summary>
    public JsonNode? ToNode()
    {
        if (_many is not null)
        {
            return JsonNode.Parse(ToUtf8());
        }

        return _one.Value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Object when _overlay is null => JsonObject.Create(_one.Value),
            JsonValueKind.Array when _overlay is null => JsonArray.Create(_one.Value),
            JsonValueKind.Object or JsonValueKind.Array => JsonNode.Parse(ToUtf8()),
            _ => JsonValue.Create(_one.Value),
        };
    }

    private byte[] ToUtf8()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the merged value: an object's keys in the order they first appear.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case JsonViewKind.Object:
                writer.WriteStartObject();
                var written = new HashSet<string>(StringComparer.Ordinal);
                foreach (var source in _many ?? [_one])
                {
                    foreach (var property in source.Value.EnumerateObject())
                    {
                        if (written.Add(property.Name) && TryGetProperty(property.Name, out var value))
                        {
                            writer.WritePropertyName(property.Name);
                            value.WriteTo(writer);
                        }
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonViewKind.Array:
                var items = new MergedView[GetArrayLength()];
                CopyItems(items);
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    item.WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
            case JsonViewKind.Null:
                writer.WriteNullValue();
                break;
            default:
                _one.Value.WriteTo(writer);
                break;
        }
    }

    /// <summary>
    /// The values at one position in merge order: most positions have one or two, so up to four are kept inline and
    /// only a merged result of several is allocated.
    /// </summary>
    private struct Candidates
    {
        private InlineFragments _inline;
        private List<Fragment>? _more;

        public int Count { get; private set; }

        public void Add(Fragment fragment)
        {
            if (Count < InlineFragments.Length)
            {
                _inline[Count++] = fragment;
                return;
            }

            if (_more is null)
            {
                _more = new List<Fragment>(Count * 2);
                for (var i = 0; i < Count; i++)
                {
                    _more.Add(_inline[i]);
                }
            }

            _more.Add(fragment);
            Count++;
        }

        public void AddAll(List<Fragment>? fragments)
        {
            if (fragments is null)
            {
                return;
            }

            foreach (var fragment in fragments)
            {
                Add(fragment);
            }
        }

        public MergedView Fold(OverlayNode? overlay, bool itemRule)
        {
            if (Count <= 1)
            {
                return new MergedView(Count == 0 ? default : _inline[0], null, overlay);
            }

            Span<Fragment> all = _more is null ? _inline[..Count] : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_more);
            // In the order they were merged (fragments attached here and values from the parents' sources interleave).
            for (var i = 1; i < all.Length; i++)
            {
                var current = all[i];
                var j = i - 1;
                while (j >= 0 && all[j].Sequence > current.Sequence)
                {
                    all[j + 1] = all[j];
                    j--;
                }

                all[j + 1] = current;
            }

            if (itemRule)
            {
                // An item merges only an object into an object; anything else keeps the earlier item.
                if (all[0].Value.ValueKind != JsonValueKind.Object)
                {
                    return new MergedView(all[0], null, overlay);
                }

                var objects = 0;
                foreach (var fragment in all)
                {
                    if (fragment.Value.ValueKind == JsonValueKind.Object)
                    {
                        all[objects++] = fragment;
                    }
                }

                return objects == 1 ? new MergedView(all[0], null, overlay) : new MergedView(all[0], all[..objects].ToArray(), overlay);
            }

            var start = 0;
            for (var i = 1; i < all.Length; i++)
            {
                var merged = all[start].Value;
                var next = all[i].Value;
                if (!IsNull(merged) && !IsNull(next)
                    && ((merged.ValueKind == JsonValueKind.Object && next.ValueKind == JsonValueKind.Object)
                        || (merged.ValueKind == JsonValueKind.Array && next.ValueKind == JsonValueKind.Array && merged.GetArrayLength() == next.GetArrayLength())))
                {
                    continue; // merged with the values before it
                }

                start = i; // replaced
            }

            return all.Length - start == 1
                ? new MergedView(all[start], null, overlay)
                : new MergedView(all[start], all[start..].ToArray(), overlay);
        }

        private static bool IsNull(JsonElement value) => value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;
    }

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct InlineFragments
    {
        public const int Length = 4;

        private Fragment _element;
    }
}
