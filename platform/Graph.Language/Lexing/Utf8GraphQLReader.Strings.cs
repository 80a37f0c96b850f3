namespace Graph.Language;

internal ref partial struct Utf8GraphQLReader
{
    /// <summary>
    /// Spec 2.9.4: StringValue :: " StringCharacter* ". Validates escapes (including <c>\u{...}</c>
    /// and surrogate pairs) while scanning; the value is decoded later by <see cref="StringValueDecoder"/>.
    /// </summary>
    private void ReadString()
    {
        BeginToken(TokenKind.String, _position);
        var source = _source;
        var position = _position + 1;
        var hasEscapes = false;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"')
            {
                HasEscapes = hasEscapes;
                End = _position = position + 1;
                return;
            }

            if (code == '\\')
            {
                hasEscapes = true;
                position += EscapeLength(position);
                continue;
            }

            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            position += ScalarLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Length in bytes of the escape sequence at <paramref name="position"/> (spec 2.9.4 EscapedCharacter, EscapedUnicode).</summary>
    private readonly int EscapeLength(int position)
    {
        if (At(position + 1) == 'u')
        {
            return At(position + 2) == '{' ? VariableWidthEscapeLength(position) : FixedWidthEscapeLength(position);
        }

        return At(position + 1) switch
        {
            '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' => 2,
            _ => throw Error(position, $"Invalid character escape sequence: \"{Utf8Text.SliceUtf16(_source, position, 2)}\"."),
        };
    }

    /// <summary>EscapedUnicode :: { HexDigit+ } whose value is a Unicode scalar value.</summary>
    private readonly int VariableWidthEscapeLength(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !Utf8Text.IsUnicodeScalarValue(point))
                {
                    break;
                }

                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Utf8Text.SliceUtf16(_source, position, size)}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit{4}; a leading surrogate must be followed by an escaped trailing one.</summary>
    private readonly int FixedWidthEscapeLength(int position)
    {
        var code = Read16BitHexCode(position + 2);
        if (Utf8Text.IsUnicodeScalarValue(code))
        {
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Utf8Text.SliceUtf16(_source, position, 6)}\".");
    }

    public readonly int Read16BitHexCode(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8)
        | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    public static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>Length in bytes of the source character at <paramref name="position"/>; rejects non-scalars.</summary>
    private int ScalarLength(int position)
    {
        if (_source[position] < 0x80)
        {
            return 1;
        }

        var code = Utf8Text.Decode(_source, position, out var length);
        if (!Utf8Text.IsUnicodeScalarValue(code))
        {
            throw Error(position, $"Invalid character within String: {Utf8Text.PrintCodePointAt(_source, position)}.");
        }

        _lineAdjust += length - Utf8Text.Utf16Length(code);
        return length;
    }

    /// <summary>Spec 2.9.4: BlockString :: """ BlockStringCharacter* """ (with \""" escaping """).</summary>
    private void ReadBlockString()
    {
        BeginToken(TokenKind.BlockString, _position);
        var source = _source;
        var position = _position + 3;
        var line = _line;
        var lineStart = _lineStart;
        var lineAdjust = _lineAdjust;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                End = _position = position + 3;
                _line = line;
                _lineStart = lineStart;
                return;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                HasEscapes = true;
                position += 4;
                continue;
            }

            if (code is (byte)'\n' or (byte)'\r')
            {
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                line++;
                lineStart = position;
                _lineAdjust = 0;
                continue;
            }

            position += ScalarLength(position);
        }

        _lineAdjust = lineAdjust;
        throw Error(position, "Unterminated string.");
    }
}
