namespace Graph.Language;

/// <summary>Spec 2.11: NamedType : Name</summary>
public sealed record NamedTypeNode(NameNode Name, Location? Location = null) : TypeNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

/// <summary>Spec 2.11: ListType : [ Type ]</summary>
public sealed record ListTypeNode(TypeNode Type, Location? Location = null) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
}

/// <summary>Spec 2.11: NonNullType : NamedType ! | ListType !</summary>
public sealed record NonNullTypeNode(TypeNode Type, Location? Location = null) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}
