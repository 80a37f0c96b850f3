using Graph.Types;

namespace Graph.Execution.Introspection;

/// <summary>Spec 4.2.2 "The __Type Type": each field answers for the kinds it applies to and is null for the others.</summary>
internal static class TypeIntrospection
{
    public static object? Resolve(Schema schema, IType type, string field, bool includeDeprecated) => field switch
    {
        "kind" => KindName(type.Kind),
        "name" => (type as INamedType)?.Name,
        "description" => (type as INamedType)?.Description,
        "specifiedByURL" => (type as ScalarType)?.SpecifiedByUrl,
        "fields" => type is IComplexType complex
            ? complex.Fields.Where(f => (includeDeprecated || !f.IsDeprecated) && !f.Name.StartsWith("__", StringComparison.Ordinal)).ToArray()
            : null,
        "interfaces" => (type as IComplexType)?.Interfaces,
        "possibleTypes" => type is IAbstractType abstractType ? schema.GetPossibleTypes(abstractType) : null,
        "enumValues" => type is EnumType enumType ? enumType.Values.Where(v => includeDeprecated || !v.IsDeprecated).ToArray() : null,
        "inputFields" => type is InputObjectType input ? input.Fields.Where(f => includeDeprecated || !f.IsDeprecated).ToArray() : null,
        "ofType" => type switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        },
        "isOneOf" => type is InputObjectType oneOf ? oneOf.IsOneOf : null,
        _ => null,
    };

    /// <summary>The <c>__TypeKind</c> value of a kind (spec 4.2.2).</summary>
    public static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        TypeKind.NonNull => "NON_NULL",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
