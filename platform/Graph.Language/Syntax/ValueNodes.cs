using System.Runtime.CompilerServices;

namespace Graph.Language;

/// <summary>Spec 2.10: Variable : $ Name</summary>
public sealed record VariableNode(NameNode Name, Location? Location = null) : ValueNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal VariableNode(NameNode name, StoredLocation location)
        : this(name, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>Spec 2.9.1: IntValue; <see cref="Value"/> is the source text (for example <c>-12</c>).</summary>
public sealed record IntValueNode(string Value, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal IntValueNode(string value, StoredLocation location)
        : this(value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>Spec 2.9.2: FloatValue; <see cref="Value"/> is the source text (for example <c>1.5e3</c>).</summary>
public sealed record FloatValueNode(string Value, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FloatValueNode(string value, StoredLocation location)
        : this(value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>
/// Spec 2.9.4: StringValue. <see cref="Value"/> is the interpreted value (escapes resolved, block
/// strings dedented by BlockStringValue()); <see cref="Block"/> says it was written as <c>"""</c>.
/// </summary>
public sealed record StringValueNode(string Value, bool Block = false, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal StringValueNode(string value, bool block, StoredLocation location)
        : this(value, block, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>Spec 2.9.3: BooleanValue : one of true false</summary>
public sealed record BooleanValueNode(bool Value, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal BooleanValueNode(bool value, StoredLocation location)
        : this(value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>Spec 2.9.5: NullValue : null</summary>
public sealed record NullValueNode(Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NullValueNode(StoredLocation location)
        : this(Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>Spec 2.9.6: EnumValue : Name but not true, false or null</summary>
public sealed record EnumValueNode(string Value, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal EnumValueNode(string value, StoredLocation location)
        : this(value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>Spec 2.9.7: ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ListValueNode(IReadOnlyList<ValueNode> values, StoredLocation location)
        : this(values, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>Spec 2.9.8: ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields, Location? Location = null) : ValueNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ObjectValueNode(IReadOnlyList<ObjectFieldNode> fields, StoredLocation location)
        : this(fields, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>Spec 2.9.8: ObjectField[Const] : Name : Value[?Const]</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value, Location? Location = null) : SyntaxNode, INamedSyntaxNode
{
    private readonly StoredLocation _location = new(Location);

    /// <summary>The parser's constructor: the location already in its stored form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ObjectFieldNode(NameNode name, ValueNode value, StoredLocation location)
        : this(name, value, Location: null)
    {
        _location = location;
    }

    public override Location? Location { get => _location.Value; init => _location = new(value); }

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
