namespace Graph.Language;

internal ref partial struct Utf8GraphQLParser
{
    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec 3.3)</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseMany(
            TokenKind.LeftBrace,
            static (ref Utf8GraphQLParser p) => p.ParseOperationTypeDefinition(),
            TokenKind.RightBrace);
        return new SchemaDefinitionNode(directives, operationTypes, description, Loc(start));
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType (spec 3.3.1)</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Begin();
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5)</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(name, directives, description, Loc(start));
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.6)</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType (spec 3.6)</summary>
    private NamedTypeNode[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements"u8)
            ? ParseDelimitedMany(TokenKind.Ampersand, static (ref Utf8GraphQLParser p) => p.ParseNamedType())
            : [];

    /// <summary>FieldsDefinition : { FieldDefinition+ } (spec 3.6)</summary>
    private FieldDefinitionNode[] ParseFieldsDefinition() => ParseOptionalMany(
        TokenKind.LeftBrace,
        static (ref Utf8GraphQLParser p) => p.ParseFieldDefinition(),
        TokenKind.RightBrace);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec 3.6)</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(name, arguments, type, directives, description, Loc(start));
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) (spec 3.6.1)</summary>
    private InputValueDefinitionNode[] ParseArgumentDefinitions() => ParseOptionalMany(
        TokenKind.LeftParenthesis,
        static (ref Utf8GraphQLParser p) => p.ParseInputValueDefinition(),
        TokenKind.RightParenthesis);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec 3.6.1)</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(name, type, defaultValue, directives, description, Loc(start));
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.7)</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8)</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, directives, types, description, Loc(start));
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType (spec 3.8)</summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equal)
            ? ParseDelimitedMany(TokenKind.Pipe, static (ref Utf8GraphQLParser p) => p.ParseNamedType())
            : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9)</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, directives, values, description, Loc(start));
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (spec 3.9)</summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() => ParseOptionalMany(
        TokenKind.LeftBrace,
        static (ref Utf8GraphQLParser p) => p.ParseEnumValueDefinition(),
        TokenKind.RightBrace);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (spec 3.9)</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var value = TokenValue(_reader);
        if (value is "true" or "false" or "null")
        {
            throw _reader.Error(_reader.Start, $"{Describe(_reader)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(name, directives, description, Loc(start));
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec 3.10)</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(name, directives, fields, description, Loc(start));
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ } (spec 3.10)</summary>
    private InputValueDefinitionNode[] ParseInputFieldsDefinition() => ParseOptionalMany(
        TokenKind.LeftBrace,
        static (ref Utf8GraphQLParser p) => p.ParseInputValueDefinition(),
        TokenKind.RightBrace);

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (spec 3.13).
    /// graphql-js 17 also accepts directives before <c>repeatable</c>; the specification does not.
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = ParseDelimitedMany(TokenKind.Pipe, static (ref Utf8GraphQLParser p) => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode(name, arguments, repeatable, locations, description, Loc(start));
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation (spec 3.13)</summary>
    private NameNode ParseDirectiveLocation()
    {
        var token = _reader;
        var name = ParseName();
        if (DirectiveLocationNames.TryParse(name.Value, out _))
        {
            return name;
        }

        throw Unexpected(token);
    }
}
