using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

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

    private readonly string?[] _entries = new string?[Slots];

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
        if (ascii.Length > MaxCachedLength)
        {
            return System.Text.Encoding.ASCII.GetString(ascii);
        }

        var slot = Slot(ascii);
        var cached = _entries[slot];
        if (cached is not null && cached.Length == ascii.Length && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        var value = System.Text.Encoding.ASCII.GetString(ascii);
        _entries[slot] = value;
        return value;
    }

    /// <summary>
    /// The table slot of a token of at most <see cref="MaxCachedLength"/> bytes: its bytes read eight at a time
    /// (the last word overlapping the one before it) and mixed by multiplication; the top bits pick the slot.
    /// </summary>
    private static int Slot(ReadOnlySpan<byte> ascii)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var length = ascii.Length;
        var hash = (ulong)length * Multiplier;
        if (length >= 8)
        {
            var offset = 0;
            while (offset + 8 < length)
            {
                hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(ascii[offset..])) * Multiplier;
                offset += 8;
            }

            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(ascii[(length - 8)..])) * Multiplier;
        }
        else if (length >= 4)
        {
            var head = BinaryPrimitives.ReadUInt32LittleEndian(ascii);
            var tail = BinaryPrimitives.ReadUInt32LittleEndian(ascii[(length - 4)..]);
            hash = (hash ^ (head | ((ulong)tail << 32))) * Multiplier;
        }
        else if (length > 0)
        {
            hash = (hash ^ (ascii[0] | ((ulong)ascii[length >> 1] << 8) | ((ulong)ascii[length - 1] << 16))) * Multiplier;
        }

        return (int)((hash ^ (hash >> 29)) * Multiplier >> (64 - SlotBits));
    }
}
