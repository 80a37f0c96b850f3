using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>Small queries over syntax nodes that every rule needs: directives, type references, fields.</summary>
internal static class SyntaxFacts
{
    public static readonly IReadOnlySet<string> BuiltInScalars = new HashSet<string>(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    /// <summary>The composite schemas spec's scalars (section 2), implicitly available to every source schema.</summary>
    public static readonly IReadOnlySet<string> CompositeScalars = new HashSet<string>(StringComparer.Ordinal) { "FieldSelectionSet", "FieldSelectionMap" };

    /// <summary>The composition directives (composite schemas spec section 2) and the built-in directives composition keeps.</summary>
    public static readonly IReadOnlySet<string> CompositionDirectives = new HashSet<string>(StringComparer.Ordinal)
    {
        "key", "lookup", "internal", "inaccessible", "is", "require", "shareable", "provides", "external", "override",
    };

    public static readonly IReadOnlySet<string> BuiltInDirectives = new HashSet<string>(StringComparer.Ordinal)
    {
        "deprecated", "specifiedBy", "oneOf", "skip", "include",
    };

    public static bool Has(this IHasDirectives node, string name) => node.Directives.Any(d => d.Name.Value == name);

    public static DirectiveNode? Directive(this IHasDirectives node, string name) => node.Directives.FirstOrDefault(d => d.Name.Value == name);

    public static IEnumerable<DirectiveNode> All(this IHasDirectives node, string name) => node.Directives.Where(d => d.Name.Value == name);

    public static ValueNode? Argument(this DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    public static string? StringArgument(this DirectiveNode directive, string name) =>
        directive.Argument(name) is StringValueNode s ? s.Value : null;

    public static bool IsInaccessible(this IHasDirectives node) => node.Has("inaccessible");

    public static bool IsInternal(this IHasDirectives node) => node.Has("internal");

    public static bool IsExternal(this IHasDirectives node) => node.Has("external");

    public static bool IsLookup(this IHasDirectives node) => node.Has("lookup");

    public static string NamedType(this TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => list.Type.NamedType(),
        NonNullTypeNode nonNull => nonNull.Type.NamedType(),
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    public static bool IsNonNull(this TypeNode type) => type is NonNullTypeNode;

    public static TypeNode Nullable(this TypeNode type) => type is NonNullTypeNode nonNull ? nonNull.Type : type;

    /// <summary>Whether the type is a list, looking through a non-null wrapper (the spec's IsListType).</summary>
    public static bool IsListType(this TypeNode type) => type.Nullable() is ListTypeNode;

    public static string Print(this TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + list.Type.Print() + "]",
        NonNullTypeNode nonNull => nonNull.Type.Print() + "!",
        _ => throw new InvalidOperationException($"Unknown type node {type.Kind}."),
    };

    /// <summary>Whether two type references have the same shape (lists and named type) ignoring nullability: the spec's SameTypeShape.</summary>
    public static bool SameTypeShape(TypeNode a, TypeNode b)
    {
        a = a.Nullable();
        b = b.Nullable();
        return (a, b) switch
        {
            (ListTypeNode la, ListTypeNode lb) => SameTypeShape(la.Type, lb.Type),
            (NamedTypeNode na, NamedTypeNode nb) => na.Name.Value == nb.Name.Value,
            _ => false,
        };
    }

    public static IReadOnlyList<FieldDefinitionNode> Fields(this TypeDefinitionNode type) => type switch
    {
        ObjectTypeDefinitionNode o => o.Fields,
        InterfaceTypeDefinitionNode i => i.Fields,
        _ => [],
    };

    public static IReadOnlyList<NamedTypeNode> Interfaces(this TypeDefinitionNode type) => type switch
    {
        ObjectTypeDefinitionNode o => o.Interfaces,
        InterfaceTypeDefinitionNode i => i.Interfaces,
        _ => [],
    };

    public static FieldDefinitionNode? Field(this TypeDefinitionNode type, string name) =>
        type.Fields().FirstOrDefault(f => f.Name.Value == name);

    public static bool IsComposite(this TypeDefinitionNode type) => type is ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode;

    public static string KindName(this TypeDefinitionNode type) => type switch
    {
        ObjectTypeDefinitionNode => "object",
        InterfaceTypeDefinitionNode => "interface",
        UnionTypeDefinitionNode => "union",
        EnumTypeDefinitionNode => "enum",
        InputObjectTypeDefinitionNode => "input object",
        ScalarTypeDefinitionNode => "scalar",
        _ => type.Kind.ToString(),
    };

    public static string PrintValue(this ValueNode value) => SyntaxPrinter.PrintCompact(value);

    /// <summary>Compares two literals by their printed form (object fields in order as written).</summary>
    public static bool SameValue(ValueNode? a, ValueNode? b) =>
        a is null ? b is null : b is not null && a.PrintValue() == b.PrintValue();

    /// <summary>Lists subgraph names for messages: <c>'a', 'b'</c>.</summary>
    public static string Quote(IEnumerable<string> names) => string.Join(", ", names.Distinct().Select(n => $"'{n}'"));
}
