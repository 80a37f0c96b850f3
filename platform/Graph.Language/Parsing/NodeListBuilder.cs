namespace Graph.Language;

/// <summary>
/// A scratch stack shared by all lists under construction in one parse: items are pushed, then
/// copied once into an exact-size array, so a list costs one allocation.
/// </summary>
internal sealed class NodeListBuilder
{
    [ThreadStatic]
    private static NodeListBuilder? t_cached;

    private SyntaxNode[] _items = new SyntaxNode[64];
    private int _count;

    public int Mark => _count;

    public static NodeListBuilder Rent()
    {
        var builder = t_cached ?? new NodeListBuilder();
        t_cached = null;
        builder._count = 0;
        return builder;
    }

    public static void Return(NodeListBuilder builder)
    {
        Array.Clear(builder._items, 0, builder._count);
        builder._count = 0;
        if (builder._items.Length <= 4096)
        {
            t_cached = builder;
        }
    }

    public void Push(SyntaxNode node)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = node;
    }

    public T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (T)_items[mark + i];
            _items[mark + i] = null!;
        }

        _count = mark;
        return result;
    }
}
