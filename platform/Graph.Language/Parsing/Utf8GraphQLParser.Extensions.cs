namespace Graph.Language;

internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// TypeSystemExtension : SchemaExtension | TypeExtension (spec 3). graphql-js 17 also parses
    /// <c>extend directive</c>, which the specification does not define.
    /// </summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _reader;
        keyword.MoveNextWithoutLimit();
        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Span;
            if (word.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (word.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (word.SequenceEqual("type"u8) || word.SequenceEqual("interface"u8))
            {
                return ParseObjectOrInterfaceTypeExtension(word.SequenceEqual("type"u8));
            }

            if (word.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (word.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (word.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension (spec 3.3.2): extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// | extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalMany(
            TokenKind.LeftBrace,
            static (ref Utf8GraphQLParser p) => p.ParseOperationTypeDefinition(),
            TokenKind.RightBrace);
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec 3.5.1)</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    /// <summary>
    /// ObjectTypeExtension (spec 3.6.3) and InterfaceTypeExtension (spec 3.7.1):
    /// extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition, with at least one part.
    /// </summary>
    private TypeExtensionNode ParseObjectOrInterfaceTypeExtension(bool isObject)
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword(isObject ? "type"u8 : "interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return isObject
            ? new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start))
            : new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const] (spec 3.8.1)</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const] (spec 3.9.1)</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    /// <summary>
    /// InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition
    /// | extend input Name Directives[Const] (spec 3.10.1)
    /// </summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Begin();
        ExpectKeyword("extend"u8);
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
