namespace Graph.Language;

/// <summary>Spec 2.13: TypeCoordinate :: Name</summary>
public sealed record TypeCoordinateNode(NameNode Name, Location? Location = null) : SchemaCoordinateNode
{
    public override SyntaxKind Kind => SyntaxKind.TypeCoordinate;
}

/// <summary>Spec 2.13: MemberCoordinate :: Name . Name</summary>
public sealed record MemberCoordinateNode(NameNode Name, NameNode MemberName, Location? Location = null) : SchemaCoordinateNode
{
    public override SyntaxKind Kind => SyntaxKind.MemberCoordinate;
}

/// <summary>Spec 2.13: ArgumentCoordinate :: Name . Name ( Name : )</summary>
public sealed record ArgumentCoordinateNode(NameNode Name, NameNode FieldName, NameNode ArgumentName, Location? Location = null) : SchemaCoordinateNode
{
    public override SyntaxKind Kind => SyntaxKind.ArgumentCoordinate;
}

/// <summary>Spec 2.13: DirectiveCoordinate :: @ Name</summary>
public sealed record DirectiveCoordinateNode(NameNode Name, Location? Location = null) : SchemaCoordinateNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveCoordinate;
}

/// <summary>Spec 2.13: DirectiveArgumentCoordinate :: @ Name ( Name : )</summary>
public sealed record DirectiveArgumentCoordinateNode(NameNode Name, NameNode ArgumentName, Location? Location = null) : SchemaCoordinateNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveArgumentCoordinate;
}
