using System.Collections;
using System.Collections.Frozen;

namespace Graph.Types;

/// <summary>An element of the schema that has a name unique within its parent.</summary>
public interface INamedElement
{
    string Name { get; }
}

/// <summary>
/// An immutable, ordered list of named elements (fields, arguments, enum values) with O(1) lookup by name.
/// The order is the definition order, which SDL export and introspection preserve.
/// </summary>
public sealed class NamedList<T> : IReadOnlyList<T>
    where T : class, INamedElement
{
    private readonly T[] _items;
    private readonly FrozenDictionary<string, T> _byName;

    public NamedList(IEnumerable<T> items)
    {
        _items = items.ToArray();
        var byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            byName.TryAdd(item.Name, item);
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static NamedList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The element with <paramref name="name"/>; throws when there is none.</summary>
    public T this[string name] => _byName.TryGetValue(name, out var item)
        ? item
        : throw new KeyNotFoundException($"No element named \"{name}\".");

    public bool ContainsName(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    public T? Find(string name) => _byName.GetValueOrDefault(name);

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
