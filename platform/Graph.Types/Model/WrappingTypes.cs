namespace Graph.Types;

/// <summary>A list of <see cref="OfType"/> (spec 3.11 "List").</summary>
public sealed class ListType(IType ofType) : IType
{
    public IType OfType { get; } = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null <see cref="OfType"/> (spec 3.12 "Non-Null"); never wraps another non-null type.</summary>
public sealed class NonNullType : IType
{
    public NonNullType(IType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A Non-Null type cannot wrap another Non-Null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public IType OfType { get; }

    public TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";
}
