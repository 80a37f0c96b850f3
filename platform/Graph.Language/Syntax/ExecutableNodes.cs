namespace Graph.Language;

/// <summary>
/// Spec 2.3 Operations: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet,
/// or the query shorthand SelectionSet.
/// </summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null,
    Location? Location = null) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

/// <summary>Spec 2.10: VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null,
    Location? Location = null) : SyntaxNode, IHasDirectives, IHasDescription
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary>Spec 2.4: SelectionSet : { Selection+ }</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections, Location? Location = null) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

/// <summary>Spec 2.5: Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet,
    Location? Location = null) : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The response key: the alias if present, otherwise the field name (spec 2.7).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>Spec 2.6: Argument[Const] : Name : Value[?Const]</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value, Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary>Spec 2.8: FragmentSpread : ... FragmentName Directives?</summary>
public sealed record FragmentSpreadNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : SelectionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary>Spec 2.8.2: InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

/// <summary>Spec 2.8: FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null,
    Location? Location = null) : ExecutableDefinitionNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

/// <summary>Spec 2.12: Directive[Const] : @ Name Arguments[?Const]?</summary>
public sealed record DirectiveNode(
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
