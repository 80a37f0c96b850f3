using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>
/// The lexer (spec 2.1): reads one token at a time straight from UTF-8 bytes, skipping ignored
/// tokens (BOM, white space, line terminators, comments, commas). A token is only positions;
/// its value is materialised by the parser when a node needs it. Errors match graphql-js 17.
/// </summary>
internal ref partial struct Utf8GraphQLReader
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;
    private int _line;
    private int _lineStart;

    // Bytes minus UTF-16 code units between _lineStart and _position: columns are counted in
    // UTF-16 code units, as graphql-js reports them.
    private int _lineAdjust;

    // Tokens this reader may still read before the document is too long (ParserOptions.MaxTokens); the end-of-file
    // token does not count. Checked where a token begins, so the parser's Advance needs no counter of its own.
    private readonly int _maxTokens;
    private int _tokensLeft;

    public Utf8GraphQLReader(ReadOnlySpan<byte> source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _line = 1;
        _maxTokens = maxTokens;
        _tokensLeft = maxTokens;
        Kind = TokenKind.StartOfFile;
    }

    public readonly ReadOnlySpan<byte> Source => _source;

    public TokenKind Kind { get; private set; }

    /// <summary>Byte offset of the token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Byte offset after the token's last byte.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>The string token contains escape sequences (spec 2.9.4), so its value must be decoded.</summary>
    public bool HasEscapes { get; private set; }

    /// <summary>The token's bytes.</summary>
    public readonly ReadOnlySpan<byte> Span => _source[Start..End];

    /// <summary>Spec 2.1.6: reads the next lexical token, skipping ignored tokens.</summary>
    /// <remarks>
    /// One table load classifies a byte (<see cref="ByteClasses"/>): white space, a name start and a punctuator, which
    /// make up most of a document, are told apart by two or three predictable branches instead of a jump table. This
    /// fast path (spaces, commas, line feeds, then a name or a one-byte punctuator) keeps the position in a register and
    /// needs no callee-saved registers, so the call that reads most tokens has no register saves; everything else
    /// (carriage returns, comments, BOM, spread, strings, numbers, the end, errors) continues in <see cref="MoveNextSlow"/>.
    /// </remarks>
    public void MoveNext()
    {
        var source = _source;
        var position = _position;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
            var byteClass = ByteClasses[code];

            // Spec 2.1.4 Insignificant Commas, 2.1.2 White Space
            if (byteClass == IgnoredByte)
            {
                position++;
                continue;
            }

            // Spec 2.1.9 Names: Name :: NameStart NameContinue* [lookahead != NameContinue]
            if (byteClass == (byte)TokenKind.Name)
            {
                BeginToken(TokenKind.Name, position);
                var end = position + 1;
                while ((uint)end < (uint)source.Length && NameContinueBytes[source[end]] != 0)
                {
                    end++;
                }

                End = _position = end;
                return;
            }

            // Spec 2.1.8 Punctuators (all but the spread): the class is the token kind.
            if (byteClass != OtherByte)
            {
                BeginToken((TokenKind)byteClass, position);
                End = _position = position + 1;
                return;
            }

            // Spec 2.1.3 Line Terminators: a line feed (the common one) here, the rest in the slow path.
            if (code != (byte)'\n')
            {
                break;
            }

            position++;
            StartLine(position);
        }

        _position = position;
        MoveNextSlow();
    }

    /// <summary>The rest of <see cref="MoveNext"/>: every byte class, from <see cref="_position"/>.</summary>
    private void MoveNextSlow()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        var source = _source;
        var classes = ByteClasses;
        var position = _position;
        while (position < source.Length)
        {
            var code = source[position];
            var byteClass = classes[code];

            // Spec 2.1.4 Insignificant Commas, 2.1.2 White Space
            if (byteClass == IgnoredByte)
            {
                position++;
                continue;
            }

            _position = position;

            // Spec 2.1.9 Names
            if (byteClass == (byte)TokenKind.Name)
            {
                ReadName();
                return;
            }

            if (byteClass != OtherByte)
            {
                // Spec 2.1.8 Punctuators (all but the spread): the class is the token kind.
                Punctuator((TokenKind)byteClass);
                return;
            }

            switch (code)
            {
                // Spec 2.1.3 Line Terminators
                case (byte)'\n':
                    position++;
                    StartLine(position);
                    continue;
                case (byte)'\r':
                    position += position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;

                // Spec 2.1.1 Unicode BOM (U+FEFF as EF BB BF)
                case 0xEF when position + 2 < source.Length && source[position + 1] == 0xBB && source[position + 2] == 0xBF:
                    position += 3;
                    _lineAdjust += 2;
                    continue;

                // Spec 2.1.4 Comments
                case (byte)'#':
                    SkipComment();
                    position = _position;
                    continue;

                // Spec 2.1.8 Punctuators: ...
                case (byte)'.':
                    if (ReadSpread())
                    {
                        return;
                    }

                    break;

                // Spec 2.9.4 String Value
                case (byte)'"':
                    if (position + 2 < source.Length && source[position + 1] == '"' && source[position + 2] == '"')
                    {
                        ReadBlockString();
                    }
                    else
                    {
                        ReadString();
                    }

                    return;
            }

            if (IsDigit(code) || code == '-')
            {
                ReadNumber();
                return;
            }

            throw UnexpectedCharacter(position);
        }

        _position = position;
        BeginToken(TokenKind.EndOfFile, source.Length);
        End = source.Length;
    }

    public static bool IsDigit(int code) => code is >= '0' and <= '9';

    public static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    public static bool IsNameContinue(int code) => IsNameStart(code) || IsDigit(code);

    public readonly GraphQLSyntaxException Error(int position, string description) =>
        Utf8Text.SyntaxError(_source, position, description);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineAdjust = 0;
    }

    /// <summary>
    /// Reads the next token of a copy of the parser's reader (a look-ahead): it is not counted against the token
    /// limit, since the parser counts it when it advances to it.
    /// </summary>
    public void MoveNextWithoutLimit()
    {
        _tokensLeft = int.MaxValue;
        MoveNext();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(TokenKind kind, int start)
    {
        Kind = kind;
        Start = start;
        Line = _line;
        Column = 1 + start - _lineStart - _lineAdjust;
        HasEscapes = false;
        if (kind != TokenKind.EndOfFile && --_tokensLeft < 0)
        {
            throw TooManyTokens();
        }
    }

    // Built out of line: an inlined message formatter would bloat every token reader.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooManyTokens() =>
        Error(Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    private void Punctuator(TokenKind kind)
    {
        BeginToken(kind, _position);
        End = ++_position;
    }

    private bool ReadSpread()
    {
        var source = _source;
        var next = _position + 1 < source.Length ? source[_position + 1] : -1;
        if (next == '.' && _position + 2 < source.Length && source[_position + 2] == '.')
        {
            BeginToken(TokenKind.Spread, _position);
            End = _position += 3;
            return true;
        }

        if (next == '.')
        {
            throw Error(_position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            var end = _position + 1;
            while (end < source.Length && IsDigit(source[end]))
            {
                end++;
            }

            var digits = System.Text.Encoding.ASCII.GetString(source[(_position + 1)..end]);
            throw Error(_position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        return false;
    }

    /// <summary>Spec 2.1.4: Comment :: # CommentChar*; ends before a line terminator or a non-scalar.</summary>
    private void SkipComment()
    {
        var source = _source;
        var position = _position + 1;
        while (position < source.Length)
        {
            var code = source[position];
            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            var scalar = Utf8Text.Decode(source, position, out var length);
            if (!Utf8Text.IsUnicodeScalarValue(scalar))
            {
                break;
            }

            _lineAdjust += length - Utf8Text.Utf16Length(scalar);
            position += length;
        }

        _position = position;
    }

    /// <summary>Spec 2.1.9: Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private void ReadName()
    {
        BeginToken(TokenKind.Name, _position);
        var source = _source;
        var position = _position + 1;
        var nameContinue = NameContinueBytes;
        while (position < source.Length && nameContinue[source[position]] != 0)
        {
            position++;
        }

        End = _position = position;
    }

    private const byte OtherByte = 0;
    private const byte IgnoredByte = 1;

    /// <summary>
    /// Per byte: <see cref="IgnoredByte"/> for space, tab and comma; the token kind for a one-byte punctuator (2 to 16);
    /// <see cref="TokenKind.Name"/> (17) for a NameStart; <see cref="OtherByte"/> for the rest (line terminators,
    /// comment, dot, quote, digits, minus, BOM, invalid), which <see cref="MoveNext"/> handles one by one.
    /// </summary>
    private static ReadOnlySpan<byte> ByteClasses =>
    [
         0,  0,  0,  0,  0,  0,  0,  0,  0,  1,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         1,  2,  0,  0,  3,  0,  4,  0,  5,  6,  0,  0,  1,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  9,  0,  0, 10,  0,  0,
        11, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 12,  0, 13,  0, 17,
         0, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17,
        17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 14, 15, 16,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
    ];

    /// <summary>1 for the bytes of NameContinue (spec 2.1.9: letters, digits, underscore), one load per byte of a name.</summary>
    private static ReadOnlySpan<byte> NameContinueBytes =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var source = _source;
        if (source[position] == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var code = Utf8Text.Decode(source, position, out _);
        var printed = Utf8Text.PrintCodePointAt(source, position);
        return Utf8Text.IsUnicodeScalarValue(code)
            ? Error(position, $"Unexpected character: {printed}.")
            : Error(position, $"Invalid character: {printed}.");
    }
}
