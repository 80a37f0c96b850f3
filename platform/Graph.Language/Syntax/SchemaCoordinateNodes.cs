using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>Spec 2.13: TypeCoordinate :: Name</summary>
public sealed record TypeCoordinateNode(NameNode Name, Location? Location = null) : SchemaCoordinateNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TypeCoordinateNode(NameNode name, StoredLocation location)
        : this(name, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.TypeCoordinate;
}

/// <summary>Spec 2.13: MemberCoordinate :: Name . Name</summary>
public sealed record MemberCoordinateNode(NameNode Name, NameNode MemberName, Location? Location = null) : SchemaCoordinateNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal MemberCoordinateNode(NameNode name, NameNode memberName, StoredLocation location)
        : this(name, memberName, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.MemberCoordinate;
}

/// <summary>Spec 2.13: ArgumentCoordinate :: Name . Name ( Name : )</summary>
public sealed record ArgumentCoordinateNode(NameNode Name, NameNode FieldName, NameNode ArgumentName, Location? Location = null) : SchemaCoordinateNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ArgumentCoordinateNode(
        NameNode name,
        NameNode fieldName,
        NameNode argumentName,
        StoredLocation location)
        : this(name, fieldName, argumentName, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ArgumentCoordinate;
}

/// <summary>Spec 2.13: DirectiveCoordinate :: @ Name</summary>
public sealed record DirectiveCoordinateNode(NameNode Name, Location? Location = null) : SchemaCoordinateNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DirectiveCoordinateNode(NameNode name, StoredLocation location)
        : this(name, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.DirectiveCoordinate;
}

/// <summary>Spec 2.13: DirectiveArgumentCoordinate :: @ Name ( Name : )</summary>
public sealed record DirectiveArgumentCoordinateNode(NameNode Name, NameNode ArgumentName, Location? Location = null) : SchemaCoordinateNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DirectiveArgumentCoordinateNode(NameNode name, NameNode argumentName, StoredLocation location)
        : this(name, argumentName, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.DirectiveArgumentCoordinate;
}
