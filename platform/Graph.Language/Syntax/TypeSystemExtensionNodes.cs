using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>Spec 3.3.2: SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes,
    Location? Location = null) : TypeSystemExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SchemaExtensionNode(
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        StoredLocation location)
        : this(directives, operationTypes, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

/// <summary>Spec 3.5.1: ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
public sealed record ScalarTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode> directives, StoredLocation location)
        : this(name, directives, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

/// <summary>Spec 3.6.3: ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed record ObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        StoredLocation location)
        : this(name, interfaces, directives, fields, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

/// <summary>Spec 3.7.1: InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed record InterfaceTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InterfaceTypeExtensionNode(
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields,
        StoredLocation location)
        : this(name, interfaces, directives, fields, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

/// <summary>Spec 3.8.1: UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes?</summary>
public sealed record UnionTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<NamedTypeNode> Types,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal UnionTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<NamedTypeNode> types,
        StoredLocation location)
        : this(name, directives, types, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

/// <summary>Spec 3.9.1: EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed record EnumTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EnumTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<EnumValueDefinitionNode> values,
        StoredLocation location)
        : this(name, directives, values, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

/// <summary>Spec 3.10.1: InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed record InputObjectTypeExtensionNode(
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    Location? Location = null) : TypeExtensionNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InputObjectTypeExtensionNode(
        NameNode name,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<InputValueDefinitionNode> fields,
        StoredLocation location)
        : this(name, directives, fields, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}
