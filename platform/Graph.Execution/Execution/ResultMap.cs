using System.Collections;

namespace Graph.Execution;

/// <summary>
/// The result of one selection set (spec 7.1.4 "Data"): an ordered map whose keys are response names in selection
/// order (spec 6.3 "Executing Selection Sets": the ordered map is serialized in the same order). Values are null,
/// serialized leaf values, nested <see cref="ResultMap"/>s and <c>object?[]</c> lists.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count => _keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    internal void Set(int index, string key, object? value)
    {
        _keys[index] = key;
        _values[index] = value;
    }

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
