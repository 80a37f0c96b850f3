using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>
/// Recursive-descent parser over <see cref="Utf8GraphQLReader"/> for the grammar of spec Appendix C.
/// Each parse method carries its production; behaviour and messages follow graphql-js 17's parser,
/// except where the specification differs (noted at the method).
/// </summary>
internal ref partial struct Utf8GraphQLParser
{
    private readonly NodeListBuilder _lists;
    private readonly NameCache _names;
    private readonly int _maxDepth;
    private readonly bool _noLocations;
    private Utf8GraphQLReader _reader;
    private int _depth;
    private int _lastEnd;

    public Utf8GraphQLParser(ReadOnlySpan<byte> source, ParserOptions options, NodeListBuilder lists)
    {
        _reader = new Utf8GraphQLReader(source, options.MaxTokens);
        _lists = lists;
        _names = NameCache.Current;
        _maxDepth = options.MaxDepth;
        _noLocations = options.NoLocations;
    }

    /// <summary>Moves from the start-of-file token to the first token (graphql-js <c>expectToken(SOF)</c>).</summary>
    public void ExpectStartOfFile() => Advance();

    public void ExpectEndOfFile() => ExpectToken(TokenKind.EndOfFile);

    private readonly struct TokenStart(int start, int line, int column)
    {
        public int Start { get; } = start;

        public int Line { get; } = line;

        public int Column { get; } = column;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly TokenStart Begin() => new(_reader.Start, _reader.Line, _reader.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly StoredLocation Loc(in TokenStart start) =>
        _noLocations ? default : new StoredLocation(start.Start, _lastEnd, start.Line, start.Column);

    /// <summary>Moves to the next token; the reader counts it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _lastEnd = _reader.End;
        _reader.MoveNext();
    }

    /// <summary>Guards recursion: selection sets, list and object values and list types nest at most MaxDepth deep.</summary>
    private void EnterNesting()
    {
        // The stack probe reads thread-local state through a native call (it cost about 4% of parsing a query when
        // made on every level); every eighth level is enough: eight levels of productions take a few kilobytes of
        // the tens of kilobytes the probe keeps free.
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeep();
        }
    }

    // Errors are built out of line (here and below): an inlined message formatter would bloat every hot
    // production and use up the JIT's inlining budget there.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooDeep() =>
        _reader.Error(_reader.Start, $"Document contains more than {Math.Min(_maxDepth, _depth - 1)} nested levels. Parsing aborted.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExitNesting() => _depth--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool Peek(TokenKind kind) => _reader.Kind == kind;

    private readonly bool PeekKeyword(ReadOnlySpan<byte> keyword) =>
        _reader.Kind == TokenKind.Name && _reader.Span.SequenceEqual(keyword);

    private readonly bool PeekDescription() => _reader.Kind is TokenKind.String or TokenKind.BlockString;

    private void ExpectToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            throw ExpectedToken(kind);
        }

        Advance();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException ExpectedToken(TokenKind kind) =>
        _reader.Error(_reader.Start, $"Expected {kind.Describe()}, found {Describe(_reader)}.");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_reader.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            var text = System.Text.Encoding.ASCII.GetString(keyword);
            throw _reader.Error(_reader.Start, $"Expected \"{text}\", found {Describe(_reader)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_reader);

    private static GraphQLSyntaxException Unexpected(in Utf8GraphQLReader token) =>
        token.Error(token.Start, $"Unexpected {Describe(token)}.");

    /// <summary>graphql-js <c>getTokenDesc</c>: the kind, then the value in quotes for names, numbers and strings.</summary>
    private static string Describe(in Utf8GraphQLReader token)
    {
        var value = TokenValue(token);
        return value is null ? token.Kind.Describe() : $"{token.Kind.Describe()} \"{value}\"";
    }

    private static string? TokenValue(in Utf8GraphQLReader token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => NameCache.Get(token.Span),
        TokenKind.String => StringValueDecoder.DecodeString(token.Span, token.HasEscapes),
        TokenKind.BlockString => StringValueDecoder.DecodeBlockString(token.Span, token.HasEscapes),
        _ => null,
    };

    /// <summary>Name :: NameStart NameContinue* (spec 2.1.9)</summary>
    private NameNode ParseName()
    {
        if (_reader.Kind != TokenKind.Name)
        {
            throw ExpectedToken(TokenKind.Name);
        }

        var start = Begin();
        var value = _names.Intern(_reader.Span);
        Advance();
        return new NameNode(value, Loc(start));
    }
}
