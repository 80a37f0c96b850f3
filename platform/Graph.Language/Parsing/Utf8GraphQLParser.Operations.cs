namespace Graph.Language;

internal ref partial struct Utf8GraphQLParser
{
    /// <summary>
    /// OperationDefinition (spec 2.3):
    /// Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Begin();
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, null, Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet, description, Loc(start));
    }

    /// <summary>OperationType : one of query mutation subscription (spec 2.3)</summary>
    private OperationType ParseOperationType()
    {
        var token = _reader;
        ExpectToken(TokenKind.Name);
        var word = token.Span;
        if (word.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (word.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (word.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ ) (spec 2.3), without a delegate call per item.</summary>
    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.RightParenthesis));

        return _lists.Pop<VariableDefinitionNode>(mark);
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec 2.10)</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, Loc(start));
    }

    /// <summary>Variable : $ Name (spec 2.10)</summary>
    private VariableNode ParseVariable()
    {
        var start = Begin();
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name, Loc(start));
    }

    /// <summary>
    /// SelectionSet : { Selection+ } (spec 2.4). graphql-js 17 accepts <c>{}</c> unless
    /// <c>allowEmptySelectionSets: false</c>; the specification does not, and neither do we.
    /// </summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Begin();
        EnterNesting();

        // ParseMany spelled out: the hottest list of an executable document, without a delegate call per item.
        ExpectToken(TokenKind.LeftBrace);
        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseSelection());
        }
        while (!ExpectOptionalToken(TokenKind.RightBrace));

        ExitNesting();
        return new SelectionSetNode(_lists.Pop<SelectionNode>(mark), Loc(start));
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment (spec 2.4)</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5); Alias : Name : (spec 2.7)</summary>
    private FieldNode ParseField()
    {
        var start = Begin();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (spec 2.6)</summary>
    private ArgumentNode[] ParseArguments(bool isConst)
    {
        // ParseOptionalMany spelled out, without a delegate call per argument.
        if (!ExpectOptionalToken(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var mark = _lists.Mark;
        do
        {
            _lists.Push(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.RightParenthesis));

        return _lists.Pop<ArgumentNode>(mark);
    }

    /// <summary>Argument[Const] : Name : Value[?Const] (spec 2.6)</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Begin();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, Loc(start));
    }

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives? | InlineFragment : ... TypeCondition? Directives? SelectionSet (spec 2.8)
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = Begin();
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    /// <summary>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (spec 2.8);
    /// TypeCondition : on NamedType
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Begin();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, Loc(start));
    }

    /// <summary>FragmentName : Name but not on (spec 2.8)</summary>
    private NameNode ParseFragmentName()
    {
        // graphql-js compares the token's value whatever its kind (a string "on" too); a name needs no string for that.
        if (_reader.Kind == TokenKind.Name ? _reader.Span.SequenceEqual("on"u8) : TokenValue(_reader) == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+ (spec 2.12)</summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _lists.Mark;
        while (Peek(TokenKind.At))
        {
            _lists.Push(ParseDirective(isConst));
        }

        return _lists.Pop<DirectiveNode>(mark);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec 2.12)</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Begin();
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, Loc(start));
    }
}
