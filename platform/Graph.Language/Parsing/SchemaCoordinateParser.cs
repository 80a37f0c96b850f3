namespace Graph.Language;

/// <summary>
/// Spec 2.13 Schema Coordinates: SchemaCoordinateToken :: SchemaCoordinatePunctuator | Name, with no
/// ignored tokens. Messages follow graphql-js 17's <c>parseSchemaCoordinate</c>.
/// </summary>
internal ref struct SchemaCoordinateParser(ReadOnlySpan<byte> source)
{
    private readonly ReadOnlySpan<byte> _source = source;
    private TokenKind _kind = TokenKind.StartOfFile;
    private int _start;
    private int _end;

    /// <summary>
    /// SchemaCoordinate : TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate
    /// </summary>
    public SchemaCoordinateNode Parse()
    {
        Advance();
        var ofDirective = ExpectOptional(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptional(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptional(TokenKind.LeftParenthesis))
        {
            argumentName = ParseName();
            Expect(TokenKind.Colon);
            Expect(TokenKind.RightParenthesis);
        }

        Expect(TokenKind.EndOfFile);
        var location = new Location(0, _source.Length, 1, 1);
        return (ofDirective, memberName, argumentName) switch
        {
            (true, _, not null) => new DirectiveArgumentCoordinateNode(name, argumentName, location),
            (true, _, null) => new DirectiveCoordinateNode(name, location),
            (false, not null, not null) => new ArgumentCoordinateNode(name, memberName, argumentName, location),
            (false, not null, null) => new MemberCoordinateNode(name, memberName, location),
            _ => new TypeCoordinateNode(name, location),
        };
    }

    private void Advance()
    {
        var position = _end;
        _start = position;
        if (position >= _source.Length)
        {
            _kind = TokenKind.EndOfFile;
            _end = position;
            return;
        }

        var code = _source[position];
        _kind = code switch
        {
            (byte)'.' => TokenKind.Dot,
            (byte)'(' => TokenKind.LeftParenthesis,
            (byte)')' => TokenKind.RightParenthesis,
            (byte)':' => TokenKind.Colon,
            (byte)'@' => TokenKind.At,
            _ when Utf8GraphQLReader.IsNameStart(code) => TokenKind.Name,
            _ => throw Utf8Text.SyntaxError(_source, position, $"Invalid character: {Utf8Text.PrintCodePointAt(_source, position)}."),
        };
        _end = position + 1;
        if (_kind == TokenKind.Name)
        {
            while (_end < _source.Length && Utf8GraphQLReader.IsNameContinue(_source[_end]))
            {
                _end++;
            }
        }
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (!ExpectOptional(kind))
        {
            throw Utf8Text.SyntaxError(_source, _start, $"Expected {kind.Describe()}, found {Describe()}.");
        }
    }

    private NameNode ParseName()
    {
        if (_kind != TokenKind.Name)
        {
            throw Utf8Text.SyntaxError(_source, _start, $"Expected Name, found {Describe()}.");
        }

        var (line, column) = (1, _start + 1);
        var name = new NameNode(NameCache.Get(_source[_start.._end]), new Location(_start, _end, line, column));
        Advance();
        return name;
    }

    private readonly string Describe() =>
        _kind == TokenKind.Name ? $"Name \"{NameCache.Get(_source[_start.._end])}\"" : _kind.Describe();
}
