using System.Globalization;
using System.Text;

namespace Graph.Language;

/// <summary>UTF-8 helpers for the lexer: decoding, source positions, code points in messages.</summary>
internal static class Utf8Text
{
    /// <summary>Stands for a byte that does not start a well-formed UTF-8 sequence.</summary>
    public const int InvalidByte = -1;

    /// <summary>
    /// Decodes the code point at <paramref name="position"/>. Encoded surrogates (ED A0..BF xx, as a
    /// lone surrogate of a .NET string is encoded) decode to the surrogate so that the lexer can
    /// reject it as graphql-js rejects lone surrogates; other ill-formed bytes give <see cref="InvalidByte"/>.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> source, int position, out int length)
    {
        int b0 = source[position];
        length = 1;
        if (b0 < 0x80)
        {
            return b0;
        }

        int count, min, cp;
        if (b0 is >= 0xC2 and <= 0xDF)
        {
            count = 2;
            min = 0x80;
            cp = b0 & 0x1F;
        }
        else if (b0 is >= 0xE0 and <= 0xEF)
        {
            count = 3;
            min = 0x800;
            cp = b0 & 0x0F;
        }
        else if (b0 is >= 0xF0 and <= 0xF4)
        {
            count = 4;
            min = 0x10000;
            cp = b0 & 0x07;
        }
        else
        {
            return InvalidByte;
        }

        if (position + count > source.Length)
        {
            return InvalidByte;
        }

        for (var i = 1; i < count; i++)
        {
            int b = source[position + i];
            if ((b & 0xC0) != 0x80)
            {
                return InvalidByte;
            }

            cp = (cp << 6) | (b & 0x3F);
        }

        if (cp < min || cp > 0x10FFFF)
        {
            return InvalidByte;
        }

        length = count;
        return cp;
    }

    public static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>UTF-16 code units the code point takes (an invalid byte counts as one replacement character).</summary>
    public static int Utf16Length(int code) => code > 0xFFFF ? 2 : 1;

    /// <summary>graphql-js <c>printCodePointAt</c>: <c>"x"</c> for printable ASCII, <c>U+XXXX</c> otherwise.</summary>
    public static string PrintCodePointAt(ReadOnlySpan<byte> source, int position)
    {
        if (position >= source.Length)
        {
            return "<EOF>";
        }

        var code = Decode(source, position, out _);
        if (code == InvalidByte)
        {
            return "0x" + source[position].ToString("X2", CultureInfo.InvariantCulture);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The source text from <paramref name="position"/> spanning at most <paramref name="units"/>
    /// UTF-16 code units, as graphql-js's <c>body.slice()</c> quotes it in messages.
    /// </summary>
    public static string SliceUtf16(ReadOnlySpan<byte> source, int position, int units)
    {
        var builder = new StringBuilder(units);
        while (units > 0 && position < source.Length)
        {
            var code = Decode(source, position, out var length);
            position += length;
            if (code == InvalidByte)
            {
                builder.Append('\uFFFD');
                units--;
            }
            else if (code > 0xFFFF)
            {
                var pair = char.ConvertFromUtf32(code);
                builder.Append(pair[0]);
                if (units >= 2)
                {
                    builder.Append(pair[1]);
                }

                units -= 2;
            }
            else
            {
                builder.Append((char)code);
                units--;
            }
        }

        return builder.ToString();
    }

    /// <summary>Line and column (UTF-16 code units) of a byte offset, as graphql-js's <c>getLocation</c>.</summary>
    public static (int Line, int Column) GetLocation(ReadOnlySpan<byte> source, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (source[i] == '\r')
            {
                if (i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < position && i < source.Length;)
        {
            var code = Decode(source, i, out var length);
            column += code == InvalidByte ? 1 : Utf16Length(code);
            i += length;
        }

        return (line, column + Math.Max(0, position - source.Length));
    }

    public static GraphQLSyntaxException SyntaxError(ReadOnlySpan<byte> source, int position, string description)
    {
        var (line, column) = GetLocation(source, position);
        return new GraphQLSyntaxException(description, position, line, column);
    }
}
