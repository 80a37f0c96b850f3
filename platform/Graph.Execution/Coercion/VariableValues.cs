using System.Collections;

namespace Graph.Execution.Coercion;

/// <summary>
/// The coerced variable values of one request (spec 6.1.2 CoerceVariableValues). A variable that was neither
/// provided nor defaulted is absent, which differs from a variable whose value is null.
/// </summary>
public sealed class VariableValues : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values;

    public VariableValues(Dictionary<string, object?> values) => _values = values;

    public static VariableValues Empty { get; } = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    public int Count => _values.Count;

    public IEnumerable<string> Keys => _values.Keys;

    public IEnumerable<object?> Values => _values.Values;

    public object? this[string key] => _values[key];

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool TryGetValue(string key, out object? value) => _values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _values.GetEnumerator();
}
