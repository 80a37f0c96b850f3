namespace Graph.Types;

/// <summary>The kinds of types (spec 3.4 "Types", introspection <c>__TypeKind</c> in spec 4.2).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
