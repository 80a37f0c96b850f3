namespace Graph.Language;

internal ref partial struct Utf8GraphQLParser
{
    /// <summary>Document : Definition+ (spec 2.2)</summary>
    public DocumentNode ParseDocument()
    {
        ExpectStartOfFile();
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        var definitions = _lists.Pop<DefinitionNode>(mark);
        return new DocumentNode(definitions, _noLocations ? default : new StoredLocation(0, _lastEnd, 1, 1));
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (spec 2.2).
    /// A description is looked past to find the definition's keyword.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.LeftBrace))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = _reader;
        if (hasDescription)
        {
            keyword.MoveNextWithoutLimit();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw _reader.Error(_reader.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Span;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (word.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (word.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (word.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (word.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (word.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (word.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (word.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (word.SequenceEqual("query"u8) || word.SequenceEqual("mutation"u8) || word.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (word.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _reader.Error(_reader.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (word.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>Description : StringValue (spec 2.2)</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>Items between open and close, at least one: <c>open Item+ close</c> (graphql-js <c>many</c>).</summary>
    private T[] ParseMany<T>(TokenKind open, ItemParser<T> item, TokenKind close)
        where T : SyntaxNode
    {
        ExpectToken(open);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(item(ref this));
        }
        while (!ExpectOptionalToken(close));

        return _lists.Pop<T>(mark);
    }

    /// <summary>Like <see cref="ParseMany"/>, but the whole group may be absent (graphql-js <c>optionalMany</c>).</summary>
    private T[] ParseOptionalMany<T>(TokenKind open, ItemParser<T> item, TokenKind close)
        where T : SyntaxNode =>
        Peek(open) ? ParseMany(open, item, close) : [];

    /// <summary>Items separated by a delimiter, with an optional leading one (graphql-js <c>delimitedMany</c>).</summary>
    private T[] ParseDelimitedMany<T>(TokenKind delimiter, ItemParser<T> item)
        where T : SyntaxNode
    {
        ExpectOptionalToken(delimiter);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(item(ref this));
        }
        while (ExpectOptionalToken(delimiter));

        return _lists.Pop<T>(mark);
    }

    private delegate T ItemParser<out T>(ref Utf8GraphQLParser parser);
}
