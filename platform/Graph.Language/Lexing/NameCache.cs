using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>
/// Interns short ASCII tokens (names, numbers) per thread so that a name repeated within or across
/// documents is materialised once. Direct-mapped and bounded: a colliding name replaces the slot.
/// A parser takes the thread's table once (<see cref="Current"/>) and interns through it, so a name
/// costs no thread-static lookup.
/// </summary>
internal sealed class NameCache
{
    private const int SlotBits = 12;
    private const int Slots = 1 << SlotBits;
    private const int MaxCachedLength = 48;

    [ThreadStatic]
    private static NameCache? t_current;

    private readonly Entry[] _entries = new Entry[Slots];

    /// <summary>The calling thread's table.</summary>
    public static NameCache Current => t_current ??= new NameCache();

    /// <summary>Interns through the calling thread's table (for callers outside a parse loop).</summary>
    public static string Get(ReadOnlySpan<byte> ascii) => Current.Intern(ascii);

    /// <remarks>
    /// Not inlined: every production that reads a name calls this, and inlined copies would use up the JIT's
    /// inlining budget of those hot methods (their node constructors would then stay calls).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public string Intern(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if (length > MaxCachedLength)
        {
            return System.Text.Encoding.ASCII.GetString(ascii);
        }

        // Head and tail words cover every byte of a token of up to 16 bytes (they overlap when it is shorter), so
        // with the length they identify it: such a token is found without reading the cached string, whose memory
        // the allocations of a parse have usually evicted from the cache by the next time the name comes up.
        ulong head;
        ulong tail;
        if (length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(ascii[(length - 8)..]);
        }
        else if (length >= 4)
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(ascii[(length - 4)..]);
        }
        else
        {
            head = length == 0 ? 0 : ascii[0] | ((ulong)ascii[length >> 1] << 8) | ((ulong)ascii[length - 1] << 16);
            tail = 0;
        }

        // Two ways per set: two names of a document that share a set do not evict each other on every parse.
        var set = Set(ascii, head, tail);
        ref var first = ref _entries[set];
        if (first.Is(ascii, head, tail))
        {
            return first.Value!;
        }

        ref var second = ref _entries[set + 1];
        if (second.Is(ascii, head, tail))
        {
            return second.Value!;
        }

        var value = System.Text.Encoding.ASCII.GetString(ascii);
        second = first;
        first = new Entry(value, head, tail);
        return value;
    }

    /// <summary>
    /// The first slot of the token's set: head, tail and length multiplied by three odd constants (independent
    /// multiplications, so their latencies overlap) and summed; past 16 bytes the words between are mixed in too.
    /// The top bits pick the set.
    /// </summary>
    private static int Set(ReadOnlySpan<byte> ascii, ulong head, ulong tail)
    {
        var hash = (head * 0x9E3779B97F4A7C15) + (tail * 0xC2B2AE3D27D4EB4F) + ((ulong)ascii.Length * 0x165667B19E3779F9);
        for (var offset = 8; offset + 8 < ascii.Length; offset += 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(ascii[offset..])) * 0x9E3779B97F4A7C15;
        }

        return (int)(hash >> (64 - SlotBits + 1)) << 1;
    }

    private static bool Matches(string value, ReadOnlySpan<byte> ascii)
    {
        for (var i = 0; i < ascii.Length; i++)
        {
            if (value[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Entry(string value, ulong head, ulong tail)
    {
        public readonly string? Value = value;
        private readonly ulong _head = head;
        private readonly ulong _tail = tail;
        private readonly int _length = value.Length;

        public bool Is(ReadOnlySpan<byte> ascii, ulong head, ulong tail) =>
            _length == ascii.Length && _head == head && _tail == tail && Value is not null
            && (ascii.Length <= 16 || Matches(Value, ascii));
    }
}
