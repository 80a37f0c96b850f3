using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>
/// The base of every node of the syntax tree. Nodes are immutable records; build changed trees
/// with <c>with</c> expressions or <see cref="SyntaxRewriter"/>. Record equality compares lists by
/// reference: use <see cref="SyntaxComparer"/> to compare trees by structure.
/// </summary>
public abstract record SyntaxNode
{
    /// <summary>The kind of node, as graphql-js's <c>node.kind</c>.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node sits in its source; null for nodes built in code or parsed without locations.</summary>
    public abstract Location? Location { get; init; }

    /// <summary>The node printed as GraphQL (indented, like graphql-js <c>print()</c>).</summary>
    public sealed override string ToString() => SyntaxPrinter.Print(this);
}

/// <summary>A node that carries a name (definitions, fields, arguments, directives, ...).</summary>
public interface INamedSyntaxNode
{
    NameNode Name { get; }
}

/// <summary>A node that can carry directives.</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node that can carry a description (spec 2.2 Descriptions).</summary>
public interface IHasDescription
{
    StringValueNode? Description { get; }
}

/// <summary>Spec 2.1.9 Names: Name.</summary>
public sealed record NameNode(string Value, Location? Location = null) : SyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NameNode(string value, StoredLocation location)
        : this(value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Name;
}

/// <summary>Spec 2.2 Document: Definition+.</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions, Location? Location = null) : SyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DocumentNode(IReadOnlyList<DefinitionNode> definitions, StoredLocation location)
        : this(definitions, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Document;
}

/// <summary>Spec 2.2: Definition (ExecutableDefinition or TypeSystemDefinitionOrExtension).</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>Spec 2.2: ExecutableDefinition (OperationDefinition or FragmentDefinition).</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    public abstract StringValueNode? Description { get; init; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract SelectionSetNode SelectionSet { get; init; }
}

/// <summary>Spec 3: TypeSystemDefinition or TypeSystemExtension.</summary>
public abstract record TypeSystemDefinitionOrExtensionNode : DefinitionNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>Spec 3: TypeSystemDefinition (schema, type or directive definition).</summary>
public abstract record TypeSystemDefinitionNode : TypeSystemDefinitionOrExtensionNode, IHasDescription
{
    public abstract StringValueNode? Description { get; init; }
}

/// <summary>Spec 3.4: TypeDefinition (scalar, object, interface, union, enum, input object).</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode, INamedSyntaxNode
{
    public abstract NameNode Name { get; init; }
}

/// <summary>Spec 3: TypeSystemExtension (schema or type extension).</summary>
public abstract record TypeSystemExtensionNode : TypeSystemDefinitionOrExtensionNode;

/// <summary>Spec 3.4.3: TypeExtension.</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode, INamedSyntaxNode
{
    public abstract NameNode Name { get; init; }
}

/// <summary>Spec 2.4: Selection (Field, FragmentSpread, InlineFragment).</summary>
public abstract record SelectionNode : SyntaxNode, IHasDirectives
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }
}

/// <summary>Spec 2.9: Value.</summary>
public abstract record ValueNode : SyntaxNode;

/// <summary>Spec 2.11: Type (NamedType, ListType, NonNullType).</summary>
public abstract record TypeNode : SyntaxNode;

/// <summary>Spec 2.13: SchemaCoordinate.</summary>
public abstract record SchemaCoordinateNode : SyntaxNode;
