namespace Graph.Language;

/// <summary>Spec 2.10: Variable : $ Name</summary>
public sealed record VariableNode(NameNode Name, Location? Location = null) : ValueNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>Spec 2.9.1: IntValue; <see cref="Value"/> is the source text (for example <c>-12</c>).</summary>
public sealed record IntValueNode(string Value, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>Spec 2.9.2: FloatValue; <see cref="Value"/> is the source text (for example <c>1.5e3</c>).</summary>
public sealed record FloatValueNode(string Value, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>
/// Spec 2.9.4: StringValue. <see cref="Value"/> is the interpreted value (escapes resolved, block
/// strings dedented by BlockStringValue()); <see cref="Block"/> says it was written as <c>"""</c>.
/// </summary>
public sealed record StringValueNode(string Value, bool Block = false, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>Spec 2.9.3: BooleanValue : one of true false</summary>
public sealed record BooleanValueNode(bool Value, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>Spec 2.9.5: NullValue : null</summary>
public sealed record NullValueNode(Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>Spec 2.9.6: EnumValue : Name but not true, false or null</summary>
public sealed record EnumValueNode(string Value, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>Spec 2.9.7: ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>Spec 2.9.8: ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, Location? Location = null) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>Spec 2.9.8: ObjectField[Const] : Name : Value[?Const]</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value, Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
