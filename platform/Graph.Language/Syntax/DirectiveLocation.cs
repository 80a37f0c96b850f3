namespace Graph.Language;

/// <summary>Spec 3.13: DirectiveLocation (ExecutableDirectiveLocation and TypeSystemDirectiveLocation).</summary>
public enum DirectiveLocation
{
    // ExecutableDirectiveLocation
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // TypeSystemDirectiveLocation
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public static class DirectiveLocationNames
{
    private static readonly string[] s_names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>The name as written in SDL, for example <c>FIELD_DEFINITION</c>.</summary>
    public static string ToGraphQLName(this DirectiveLocation location) => s_names[(int)location];

    /// <summary>Reads a location name as written in SDL; false for an unknown name.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(s_names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
