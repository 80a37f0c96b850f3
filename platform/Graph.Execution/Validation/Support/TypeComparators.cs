using Graph.Types;

namespace Graph.Execution.Validation;

/// <summary>Type relations used by the fragment and variable rules (spec 5.5.2.3, 5.8.5; graphql-js <c>typeComparators</c>).</summary>
internal static class TypeComparators
{
    /// <summary>
    /// GetPossibleTypes(a) and GetPossibleTypes(b) intersect (spec 5.5.2.3 "Fragment Spread Is Possible"): the same
    /// type, or an object type that is a possible type of the other, or two abstract types sharing a possible type.
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, INamedType typeA, INamedType typeB)
    {
        if (SameNamedType(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType())
        {
            if (typeB.IsAbstractType())
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return typeB.IsAbstractType() && schema.IsSubType(typeB, typeA);
    }

    /// <summary>Within one schema a name identifies a type; built-in types may be shared instances or not.</summary>
    public static bool SameNamedType(INamedType? a, INamedType? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.Name == b.Name && a.Kind == b.Kind);

    /// <summary>Structural equality of type references (same named type under the same wrappers).</summary>
    public static bool SameType(IType a, IType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => SameType(x.OfType, y.OfType),
        (ListType x, ListType y) => SameType(x.OfType, y.OfType),
        (INamedType x, INamedType y) => SameNamedType(x, y),
        _ => false,
    };
}
