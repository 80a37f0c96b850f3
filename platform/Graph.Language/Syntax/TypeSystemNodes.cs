using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>Spec 3.3: SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
public sealed record SchemaDefinitionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    StringValueNode? Description = null,
    Location? Location = null) : TypeSystemDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SchemaDefinitionNode(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        StringValueNode? description,
        StoredLocation location)
        : this(directives, operationTypes, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

/// <summary>Spec 3.3.1: RootOperationTypeDefinition : OperationType : NamedType</summary>
public sealed record OperationTypeDefinitionNode(
    OperationType Operation,
    NamedTypeNode Type,
    Location? Location = null) : SyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, StoredLocation location)
        : this(operation, type, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>Spec 3.5: ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
public sealed record ScalarTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ScalarTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description,
        StoredLocation location)
        : this(name, directives, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

/// <summary>
/// Spec 3.6: ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// </summary>
public sealed record ObjectTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ObjectTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        StringValueNode? description,
        StoredLocation location)
        : this(name, interfaces, directives, fields, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

/// <summary>Spec 3.6: FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
public sealed record FieldDefinitionNode(
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null,
    Location? Location = null) : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldDefinitionNode(
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        TypeNode type,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description,
        StoredLocation location)
        : this(name, arguments, type, directives, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

/// <summary>Spec 3.6.1: InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
public sealed record InputValueDefinitionNode(
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null,
    Location? Location = null) : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InputValueDefinitionNode(
        NameNode name,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description,
        StoredLocation location)
        : this(name, type, defaultValue, directives, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

/// <summary>
/// Spec 3.7: InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?
/// </summary>
public sealed record InterfaceTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InterfaceTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        StringValueNode? description,
        StoredLocation location)
        : this(name, interfaces, directives, fields, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

/// <summary>Spec 3.8: UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed record UnionTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal UnionTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        StringValueNode? description,
        StoredLocation location)
        : this(name, directives, types, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

/// <summary>Spec 3.9: EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed record EnumTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EnumTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        StringValueNode? description,
        StoredLocation location)
        : this(name, directives, values, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

/// <summary>Spec 3.9: EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
public sealed record EnumValueDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null,
    Location? Location = null) : SyntaxNode, INamedSyntaxNode, IHasDirectives, IHasDescription
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EnumValueDefinitionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        StringValueNode? description,
        StoredLocation location)
        : this(name, directives, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

/// <summary>Spec 3.10: InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed record InputObjectTypeDefinitionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    StringValueNode? Description = null,
    Location? Location = null) : TypeDefinitionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InputObjectTypeDefinitionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        StringValueNode? description,
        StoredLocation location)
        : this(name, directives, fields, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

/// <summary>
/// Spec 3.13: DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations.
/// A directive definition has no directives of its own; <see cref="Directives"/> is always empty.
/// </summary>
public sealed record DirectiveDefinitionNode(
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations,
    StringValueNode? Description = null,
    Location? Location = null) : TypeSystemDefinitionNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DirectiveDefinitionNode(
        NameNode name,
        IReadOnlyList<InputValueDefinitionNode> arguments,
        bool repeatable,
        IReadOnlyList<NameNode> locations,
        StringValueNode? description,
        StoredLocation location)
        : this(name, arguments, repeatable, locations, description, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public override IReadOnlyList<DirectiveNode> Directives
    {
        get => [];
        init { }
    }
}
