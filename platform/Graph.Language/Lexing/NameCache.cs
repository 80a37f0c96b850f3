namespace Graph.Language;

/// <summary>
/// Interns short ASCII tokens (names, numbers) per thread so that a name repeated within or across
/// documents is materialised once. Direct-mapped and bounded: a colliding name replaces the slot.
/// A parser takes the thread's table once (<see cref="Current"/>) and interns through it, so a name
/// costs no thread-static lookup.
/// </summary>
internal sealed class NameCache
{
    private const int Slots = 4096;
    private const int MaxCachedLength = 48;

    [ThreadStatic]
    private static NameCache? t_current;

    private readonly string?[] _entries = new string?[Slots];

    /// <summary>The calling thread's table.</summary>
    public static NameCache Current => t_current ??= new NameCache();

    /// <summary>Interns through the calling thread's table (for callers outside a parse loop).</summary>
    public static string Get(ReadOnlySpan<byte> ascii) => Current.Intern(ascii);

    public string Intern(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength)
        {
            return System.Text.Encoding.ASCII.GetString(ascii);
        }

        var slot = (int)(Hash(ascii) & (Slots - 1));
        var cached = _entries[slot];
        if (cached is not null && Matches(cached, ascii))
        {
            return cached;
        }

        var value = System.Text.Encoding.ASCII.GetString(ascii);
        _entries[slot] = value;
        return value;
    }

    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private static bool Matches(string value, ReadOnlySpan<byte> ascii)
    {
        if (value.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (value[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
