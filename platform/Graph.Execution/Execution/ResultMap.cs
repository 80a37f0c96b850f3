using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Graph.Execution;

/// <summary>
/// The result of one selection set (spec 7.1.4 "Data"): an ordered map whose keys are response names in selection
/// order (spec 6.3 "Executing Selection Sets": the ordered map is serialized in the same order). Values are null,
/// serialized leaf values, nested <see cref="ResultMap"/>s and <c>object?[]</c> lists.
/// </summary>
/// <remarks>
/// The executor's maps reference the collected fields of their selection set instead of copying the keys: every
/// object of a list shares one <see cref="FieldSelection"/> array, which also carries each response name already
/// encoded for JSON. Only the values are per object.
/// </remarks>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly FieldSelection[]? _fields;
    private readonly string[]? _keys;
    private readonly object?[] _values;

    public ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    internal ResultMap(FieldSelection[] fields)
    {
        _fields = fields;
        _values = fields.Length == 0 ? [] : new object?[fields.Length];
    }

    public int Count => _values.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                yield return KeyAt(i);
            }
        }
    }

    public IEnumerable<object?> Values => _values;

    public string KeyAt(int index) => _fields is null ? _keys![index] : _fields[index].ResponseKey;

    public object? ValueAt(int index) => _values[index];

    /// <summary>The key at <paramref name="index"/> pre-encoded for JSON, when the map belongs to a selection set.</summary>
    internal bool TryGetEncodedKey(int index, out JsonEncodedText key)
    {
        if (_fields is null)
        {
            key = default;
            return false;
        }

        key = _fields[index].EncodedResponseKey;
        return true;
    }

    /// <summary>Sets the value of the field at <paramref name="index"/> of the map's selection set.</summary>
    /// <remarks>
    /// The values array is always an <c>object?[]</c> (created here), so the array covariance check a store into an
    /// array field costs (the runtime cannot know the field holds no <c>string[]</c>) is skipped; the index is checked.
    /// </remarks>
    internal void Set(int index, object? value)
    {
        var values = _values;
        if ((uint)index >= (uint)values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), index) = value;
    }

    /// <summary>The field whose value is at <paramref name="index"/>, for a map of a selection set.</summary>
    internal FieldSelection FieldAt(int index) => _fields![index];

    /// <summary>Sets the key and value at <paramref name="index"/> of a map built with <see cref="ResultMap(int)"/> (e.g. by a gateway merging results).</summary>
    public void Set(int index, string key, object? value)
    {
        if (_fields is null)
        {
            _keys![index] = key;
        }

        _values[index] = value;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(KeyAt(i), _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        if (_fields is null)
        {
            return Array.IndexOf(_keys!, key);
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            if (string.Equals(_fields[i].ResponseKey, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
