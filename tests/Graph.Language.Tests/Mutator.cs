using System.Text;

namespace Graph.Language.Tests;

/// <summary>
/// Deterministic mutations of valid documents (byte flips, deletions, duplications, truncations,
/// inserted GraphQL-significant characters) to produce invalid and odd inputs.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Insertions =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", ".", "...", "\"", "\"\"\"", "#", "\n", "\r",
        " ", ",", "\\", "\\u", "\\u{", "0", "1.", "e", "-", "on", "true", "null", "é", "😀", "\uFEFF", "\u0007", "'", "?",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string source)
    {
        var text = new StringBuilder(source);
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            MutateOnce(text);
        }

        return text.ToString();
    }

    public byte[] MutateBytes(byte[] source)
    {
        var bytes = new List<byte>(source);
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(4))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << _random.Next(8)); break;
                case 1 when bytes.Count > 0: bytes[at] = (byte)_random.Next(256); break;
                case 2: bytes.Insert(at, (byte)_random.Next(256)); break;
                default: bytes.RemoveRange(at, Math.Min(_random.Next(1, 8), bytes.Count - at)); break;
            }
        }

        return bytes.ToArray();
    }

    private void MutateOnce(StringBuilder text)
    {
        if (text.Length == 0)
        {
            text.Append(Insertions[_random.Next(Insertions.Length)]);
            return;
        }

        var at = _random.Next(text.Length);
        var length = Math.Min(_random.Next(1, 12), text.Length - at);
        switch (_random.Next(6))
        {
            case 0:
                text.Remove(at, length);
                break;
            case 1:
                text.Insert(at, text.ToString(at, length));
                break;
            case 2:
                text.Length = at;
                break;
            case 3:
                text[at] = (char)_random.Next(0x20, 0x7F);
                break;
            default:
                text.Insert(at, Insertions[_random.Next(Insertions.Length)]);
                break;
        }
    }
}
