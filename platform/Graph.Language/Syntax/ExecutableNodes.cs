using System.Runtime.CompilerServices;

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
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal OperationDefinitionNode(
        OperationType operation,
        NameNode? name,
        IReadOnlyList<VariableDefinitionNode> variableDefinitions,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description,
        StoredLocation location)
        : this(operation, name, variableDefinitions, directives, selectionSet, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

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
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal VariableDefinitionNode(
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description,
        StoredLocation location)
        : this(variable, type, defaultValue, directives, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

/// <summary>Spec 2.4: SelectionSet : { Selection+ }</summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections, Location? Location = null) : SyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SelectionSetNode(IReadOnlyList<SelectionNode> selections, StoredLocation location)
        : this(selections, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

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
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldNode(
        NameNode? alias,
        NameNode name,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode? selectionSet,
        StoredLocation location)
        : this(alias, name, arguments, directives, selectionSet, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Field;

    /// <summary>The response key: the alias if present, otherwise the field name (spec 2.7).</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>Spec 2.6: Argument[Const] : Name : Value[?Const]</summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value, Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ArgumentNode(NameNode name, ValueNode value, StoredLocation location)
        : this(name, value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Argument;
}

/// <summary>Spec 2.8: FragmentSpread : ... FragmentName Directives?</summary>
public sealed record FragmentSpreadNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : SelectionNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FragmentSpreadNode(NameNode name, IReadOnlyList<DirectiveNode> directives, StoredLocation location)
        : this(name, directives, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

/// <summary>Spec 2.8.2: InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    Location? Location = null) : SelectionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StoredLocation location)
        : this(typeCondition, directives, selectionSet, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

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
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FragmentDefinitionNode(
        NameNode name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode> directives,
        SelectionSetNode selectionSet,
        StringValueNode? description,
        StoredLocation location)
        : this(name, typeCondition, directives, selectionSet, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

/// <summary>Spec 2.12: Directive[Const] : @ Name Arguments[?Const]?</summary>
public sealed record DirectiveNode(
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, StoredLocation location)
        : this(name, arguments, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Directive;
}
