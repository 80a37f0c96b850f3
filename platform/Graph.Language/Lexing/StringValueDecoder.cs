using System.Buffers;
using System.Text;

namespace Graph.Language;

/// <summary>
/// Materialises string token values once, when the parser builds a node: escapes resolved
/// (spec 2.9.4 StringValue semantics), block strings dedented by BlockStringValue().
/// </summary>
internal static class StringValueDecoder
{
    /// <summary>The value of a <c>"..."</c> token whose bytes (quotes included) are <paramref name="token"/>.</summary>
    public static string DecodeString(ReadOnlySpan<byte> token, bool hasEscapes)
    {
        var content = token[1..^1];
        if (!hasEscapes)
        {
            return Encoding.UTF8.GetString(content);
        }

        var buffer = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            var length = Unescape(content, buffer);
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int Unescape(ReadOnlySpan<byte> content, char[] output)
    {
        var written = 0;
        var position = 0;
        while (position < content.Length)
        {
            var next = content[position..].IndexOf((byte)'\\');
            var chunk = next < 0 ? content[position..] : content.Slice(position, next);
            written += Encoding.UTF8.GetChars(chunk, output.AsSpan(written));
            if (next < 0)
            {
                break;
            }

            position += next;
            var escape = content[position + 1];
            if (escape != 'u')
            {
                output[written++] = escape switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)escape,
                };
                position += 2;
                continue;
            }

            int code;
            if (content[position + 2] == '{')
            {
                code = 0;
                position += 3;
                while (content[position] != '}')
                {
                    code = (code << 4) | Utf8GraphQLReader.HexValue(content[position++]);
                }

                position++;
            }
            else
            {
                code = Hex4(content, position + 2);
                position += 6;
                if (code is >= 0xD800 and <= 0xDBFF)
                {
                    // The lexer checked that an escaped trailing surrogate follows.
                    output[written++] = (char)code;
                    code = Hex4(content, position + 2);
                    position += 6;
                }
            }

            if (code > 0xFFFF)
            {
                written += new Rune(code).EncodeToUtf16(output.AsSpan(written));
            }
            else
            {
                output[written++] = (char)code;
            }
        }

        return written;
    }

    private static int Hex4(ReadOnlySpan<byte> content, int position) =>
        (Utf8GraphQLReader.HexValue(content[position]) << 12) | (Utf8GraphQLReader.HexValue(content[position + 1]) << 8)
        | (Utf8GraphQLReader.HexValue(content[position + 2]) << 4) | Utf8GraphQLReader.HexValue(content[position + 3]);

    /// <summary>The value of a <c>"""..."""</c> token whose bytes (quotes included) are <paramref name="token"/>.</summary>
    public static string DecodeBlockString(ReadOnlySpan<byte> token, bool hasEscapes)
    {
        var content = token[3..^3];
        var buffer = ArrayPool<char>.Shared.Rent(content.Length);
        try
        {
            var length = Encoding.UTF8.GetChars(content, buffer);
            var raw = buffer.AsSpan(0, length);
            if (hasEscapes)
            {
                raw = raw[..UnescapeTripleQuotes(raw)];
            }

            return BlockString.Dedent(raw);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Replaces each <c>\"""</c> by <c>"""</c> in place (spec 2.9.4 BlockStringCharacter).</summary>
    private static int UnescapeTripleQuotes(Span<char> raw)
    {
        var written = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && raw[(i + 1)..].StartsWith("\"\"\""))
            {
                continue;
            }

            raw[written++] = raw[i];
        }

        return written;
    }
}
