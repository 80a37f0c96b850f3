using System.Text;

namespace Graph.Language;

internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// Value[Const] (spec 2.9): [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue
    /// | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        var start = Begin();
        switch (_reader.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _names.Intern(_reader.Span);
                Advance();
                return new IntValueNode(value, Loc(start));
            }

            case TokenKind.Float:
            {
                var value = _names.Intern(_reader.Span);
                Advance();
                return new FloatValueNode(value, Loc(start));
            }

            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar when isConst:
            {
                var dollar = _reader;
                ExpectToken(TokenKind.Dollar);
                if (_reader.Kind == TokenKind.Name)
                {
                    throw dollar.Error(dollar.Start, $"Unexpected variable \"${NameCache.Get(_reader.Span)}\" in constant value.");
                }

                throw Unexpected(dollar);
            }

            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>BooleanValue : one of true false; NullValue : null; EnumValue : Name but not true, false or null (spec 2.9)</summary>
    private ValueNode ParseNameValue(in TokenStart start)
    {
        var word = _reader.Span;
        if (word.SequenceEqual("true"u8))
        {
            Advance();
            return new BooleanValueNode(true, Loc(start));
        }

        if (word.SequenceEqual("false"u8))
        {
            Advance();
            return new BooleanValueNode(false, Loc(start));
        }

        if (word.SequenceEqual("null"u8))
        {
            Advance();
            return new NullValueNode(Loc(start));
        }

        var value = _names.Intern(word);
        Advance();
        return new EnumValueNode(value, Loc(start));
    }

    /// <summary>StringValue (spec 2.9.4), as written with quotes or triple quotes.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var start = Begin();
        var block = _reader.Kind == TokenKind.BlockString;
        string value;
        if (block)
        {
            value = StringValueDecoder.DecodeBlockString(_reader.Span, _reader.HasEscapes);
        }
        else if (!_reader.HasEscapes && _reader.Span.Length <= 50 && Ascii.IsValid(_reader.Span))
        {
            // A short ASCII string without escapes is its bytes: interned like a name (argument values such as
            // keys and enum-like strings repeat across the operations a server parses).
            value = _names.Intern(_reader.Span[1..^1]);
        }
        else
        {
            value = StringValueDecoder.DecodeString(_reader.Span, _reader.HasEscapes);
        }
        Advance();
        return new StringValueNode(value, block, Loc(start));
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec 2.9.7)</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.LeftBracket);
        var mark = _lists.Mark;
        while (!ExpectOptionalToken(TokenKind.RightBracket))
        {
            _lists.Push(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(_lists.Pop<ValueNode>(mark), Loc(start));
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec 2.9.8)</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Begin();
        EnterNesting();
        ExpectToken(TokenKind.LeftBrace);
        var mark = _lists.Mark;
        while (!ExpectOptionalToken(TokenKind.RightBrace))
        {
            _lists.Push(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(_lists.Pop<ObjectFieldNode>(mark), Loc(start));
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const] (spec 2.9.8)</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, Loc(start));
    }

    /// <summary>Type : NamedType | ListType | NonNullType (spec 2.11); ListType : [ Type ]; NonNullType : NamedType ! | ListType !</summary>
    public TypeNode ParseTypeReference()
    {
        var start = Begin();
        TypeNode type;
        if (Peek(TokenKind.LeftBracket))
        {
            EnterNesting();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.RightBracket);
            ExitNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    /// <summary>NamedType : Name (spec 2.11)</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Begin();
        var name = ParseName();
        return new NamedTypeNode(name, Loc(start));
    }
}
