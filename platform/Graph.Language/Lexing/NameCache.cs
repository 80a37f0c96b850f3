using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    /// inlining budget of those hot methods (their node constructors would then stay calls). Tokens of 1 to 16 bytes
    /// (almost every name) are looked up here with a few registers and no calls; longer ones, the empty one and every
    /// miss continue in <see cref="InternSlow"/>, so the common call saves no registers and zeroes no stack.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public string Intern(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if ((uint)(length - 1) < 16)
        {
            ref var bytes = ref MemoryMarshal.GetReference(ascii);
            ulong head;
            ulong tail;
            if (length >= 8)
            {
                // Both reads lie within the token: 8 <= length.
                head = Unsafe.ReadUnaligned<ulong>(ref bytes);
                tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, length - 8));
            }
            else if (length >= 4)
            {
                head = Unsafe.ReadUnaligned<uint>(ref bytes);
                tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, length - 4));
            }
            else
            {
                head = bytes | ((ulong)Unsafe.Add(ref bytes, length >> 1) << 8) | ((ulong)Unsafe.Add(ref bytes, length - 1) << 16);
                tail = 0;
            }

            // The set index is below Slots - 1 by construction (Set), so both ways lie within the table. A non-empty
            // token never matches an unused entry (its length is 0), so the value needs no null check here.
            ref var first = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), ShortSet(length, head, tail));
            if (first.Is(length, head, tail))
            {
                return first.Value!;
            }

            ref var second = ref Unsafe.Add(ref first, 1);
            if (second.Is(length, head, tail))
            {
                return second.Value!;
            }
        }

        return InternSlow(ascii);
    }

    /// <summary>Tokens of more than 16 bytes, the empty token, and misses (which materialise the string).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string InternSlow(ReadOnlySpan<byte> ascii)
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

    /// <summary><see cref="Set"/> for a token of at most 16 bytes (no words between head and tail).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortSet(int length, ulong head, ulong tail) =>
        (int)(Mix(length, head, tail) >> (64 - SlotBits + 1)) << 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(int length, ulong head, ulong tail) =>
        (head * 0x9E3779B97F4A7C15) + (tail * 0xC2B2AE3D27D4EB4F) + ((ulong)length * 0x165667B19E3779F9);

    /// <summary>
    /// The first slot of the token's set: head, tail and length multiplied by three odd constants (independent
    /// multiplications, so their latencies overlap) and summed; past 16 bytes the words between are mixed in too.
    /// The top bits pick the set.
    /// </summary>
    private static int Set(ReadOnlySpan<byte> ascii, ulong head, ulong tail)
    {
        var hash = Mix(ascii.Length, head, tail);
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

        /// <summary>The entry holds the token of <paramref name="length"/> (1 to 16) bytes with these words.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Is(int length, ulong head, ulong tail) => _length == length && _head == head && _tail == tail;

        public bool Is(ReadOnlySpan<byte> ascii, ulong head, ulong tail) =>
            _length == ascii.Length && _head == head && _tail == tail && Value is not null
            && (ascii.Length <= 16 || Matches(Value, ascii));
    }
}
