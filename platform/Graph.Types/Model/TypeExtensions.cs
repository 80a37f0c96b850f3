namespace Graph.Types;

/// <summary>Type predicates from spec 3.4.2 "Input and Output Types" and helpers the executor needs.</summary>
public static class TypeExtensions
{
    /// <summary>The named type under every List and Non-Null wrapper.</summary>
    public static INamedType NamedType(this IType type)
    {
        while (true)
        {
            switch (type)
            {
                case INamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentException($"Unknown type {type}.", nameof(type));
            }
        }
    }

    /// <summary>The type without its outer Non-Null wrapper.</summary>
    public static IType NullableType(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IType type) => type.Kind == TypeKind.NonNull;

    public static bool IsList(this IType type) => type.NullableType().Kind == TypeKind.List;

    /// <summary>IsInputType (spec 3.4.2): scalars, enums, input objects and wrappers of them.</summary>
    public static bool IsInputType(this IType type) => type.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>IsOutputType (spec 3.4.2): scalars, objects, interfaces, unions, enums and wrappers of them.</summary>
    public static bool IsOutputType(this IType type) => type.NamedType().Kind is TypeKind.Scalar or TypeKind.Object or TypeKind.Interface or TypeKind.Union or TypeKind.Enum;

    public static bool IsLeafType(this IType type) => type.Kind is TypeKind.Scalar or TypeKind.Enum;

    public static bool IsAbstractType(this IType type) => type.Kind is TypeKind.Interface or TypeKind.Union;

    public static bool IsCompositeType(this IType type) => type.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Structural equality: same named type under the same wrappers.</summary>
    public static bool IsEqualTo(this IType type, IType other)
    {
        if (ReferenceEquals(type, other))
        {
            return true;
        }

        return (type, other) switch
        {
            (NonNullType a, NonNullType b) => a.OfType.IsEqualTo(b.OfType),
            (ListType a, ListType b) => a.OfType.IsEqualTo(b.OfType),
            _ => false,
        };
    }
}
