using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Graph.Language;

/// <summary>
/// A scratch stack shared by all lists under construction in one parse: items are pushed, then
/// copied once into an exact-size array, so a list costs one allocation.
/// </summary>
/// <remarks>
/// Items sit in a struct slot rather than a <c>SyntaxNode[]</c>: storing into an array of a non-sealed
/// reference type costs a covariance check per store, and the copy into the typed list would cost a cast and
/// another check per item. The parser pushes only items of the type it pops them as (one production per list).
/// </remarks>
internal sealed class NodeListBuilder
{
    [ThreadStatic]
    private static NodeListBuilder? t_cached;

    private Slot[] _items = new Slot[64];
    private int _count;
    private int _highWater;

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
        // Popped slots keep their references until here: one clear per parse instead of one per item.
        Array.Clear(builder._items, 0, Math.Max(builder._highWater, builder._count));
        builder._count = 0;
        builder._highWater = 0;
        if (builder._items.Length <= 4096)
        {
            t_cached = builder;
        }
    }

    public void Push(SyntaxNode node)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++].Node = node;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _items, _items.Length * 2);

    public T[] Pop<T>(int mark)
        where T : SyntaxNode
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        ref var target = ref MemoryMarshal.GetArrayDataReference(result);
        var source = _items.AsSpan(mark, count);
        for (var i = 0; i < source.Length; i++)
        {
            Debug.Assert(source[i].Node is T, "A list holds the items of one production.");
            Unsafe.Add(ref target, i) = Unsafe.As<T>(source[i].Node);
        }

        _highWater = Math.Max(_highWater, _count);
        _count = mark;
        return result;
    }

    private struct Slot
    {
        public SyntaxNode Node;
    }
}
