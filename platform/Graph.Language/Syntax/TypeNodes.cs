using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>Spec 2.11: NamedType : Name</summary>
public sealed record NamedTypeNode(NameNode Name, Location? Location = null) : TypeNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NamedTypeNode(NameNode name, StoredLocation location)
        : this(name, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>Spec 2.11: ListType : [ Type ]</summary>
public sealed record ListTypeNode(TypeNode Type, Location? Location = null) : TypeNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ListTypeNode(TypeNode type, StoredLocation location)
        : this(type, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>Spec 2.11: NonNullType : NamedType ! | ListType !</summary>
public sealed record NonNullTypeNode(TypeNode Type, Location? Location = null) : TypeNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NonNullTypeNode(TypeNode type, StoredLocation location)
        : this(type, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
