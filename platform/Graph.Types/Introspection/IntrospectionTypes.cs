using Graph.Language;

namespace Graph.Types;

/// <summary>
/// The introspection types of spec 4.2 (Appendix D): <c>__Schema</c>, <c>__Type</c>, <c>__TypeKind</c>, <c>__Field</c>,
/// <c>__InputValue</c>, <c>__EnumValue</c>, <c>__Directive</c>, <c>__DirectiveLocation</c>. Every schema contains them;
/// their fields have no resolvers here because the executor answers introspection from the schema model.
/// </summary>
public static class IntrospectionTypes
{
    // Value descriptions as graphql-js gives them, so introspection answers match the reference implementation.
    private static readonly Dictionary<string, string> TypeKindDescriptions = new(StringComparer.Ordinal)
    {
        ["SCALAR"] = "Indicates this type is a scalar.",
        ["OBJECT"] = "Indicates this type is an object. `fields` and `interfaces` are valid fields.",
        ["INTERFACE"] = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.",
        ["UNION"] = "Indicates this type is a union. `possibleTypes` is a valid field.",
        ["ENUM"] = "Indicates this type is an enum. `enumValues` is a valid field.",
        ["INPUT_OBJECT"] = "Indicates this type is an input object. `inputFields` is a valid field.",
        ["LIST"] = "Indicates this type is a list. `ofType` is a valid field.",
        ["NON_NULL"] = "Indicates this type is a non-null. `ofType` is a valid field.",
    };

    private static readonly Dictionary<string, string> LocationSubjects = new(StringComparer.Ordinal)
    {
        ["QUERY"] = "a query operation",
        ["MUTATION"] = "a mutation operation",
        ["SUBSCRIPTION"] = "a subscription operation",
        ["FIELD"] = "a field",
        ["FRAGMENT_DEFINITION"] = "a fragment definition",
        ["FRAGMENT_SPREAD"] = "a fragment spread",
        ["INLINE_FRAGMENT"] = "an inline fragment",
        ["VARIABLE_DEFINITION"] = "an operation variable definition",
        ["SCHEMA"] = "a schema definition",
        ["SCALAR"] = "a scalar definition",
        ["OBJECT"] = "an object type definition",
        ["FIELD_DEFINITION"] = "a field definition",
        ["ARGUMENT_DEFINITION"] = "an argument definition",
        ["INTERFACE"] = "an interface definition",
        ["UNION"] = "a union definition",
        ["ENUM"] = "an enum definition",
        ["ENUM_VALUE"] = "an enum value definition",
        ["INPUT_OBJECT"] = "an input object type definition",
        ["INPUT_FIELD_DEFINITION"] = "an input object field definition",
    };

    static IntrospectionTypes()
    {
        var typeKind = new EnumType("__TypeKind", Enum.GetNames<Graph.Types.TypeKind>().Select(n => new EnumValue(ToUpperSnake(n), TypeKindDescriptions[ToUpperSnake(n)])),
            "An enum describing what kind of type a given `__Type` is.", isBuiltIn: true);
        var directiveLocation = new EnumType("__DirectiveLocation",
            Enum.GetValues<Graph.Language.DirectiveLocation>().Select(l => new EnumValue(l.ToGraphQLName(), DescribeLocation(l.ToGraphQLName()))),
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.", isBuiltIn: true);
        var schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.", isBuiltIn: true);
        var type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.", isBuiltIn: true);
        var field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.", isBuiltIn: true);
        var inputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.", isBuiltIn: true);
        var enumValue = new ObjectType("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.", isBuiltIn: true);
        var directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.", isBuiltIn: true);

        IType String = BuiltInScalars.String, Boolean = BuiltInScalars.Boolean;
        static IType NonNull(IType t) => new NonNullType(t);
        static IType ListOfNonNull(IType t) => new ListType(new NonNullType(t));
        static Argument[] IncludeDeprecated() => [new Argument("includeDeprecated", new NonNullType(BuiltInScalars.Boolean), defaultValue: new BooleanValueNode(false))];

        schema.Complete([], [
            new OutputField("description", String),
            new OutputField("types", NonNull(ListOfNonNull(type)), description: "A list of all types supported by this server."),
            new OutputField("queryType", NonNull(type), description: "The type that query operations will be rooted at."),
            new OutputField("mutationType", type, description: "If this server supports mutation, the type that mutation operations will be rooted at."),
            new OutputField("subscriptionType", type, description: "If this server support subscription, the type that subscription operations will be rooted at."),
            new OutputField("directives", NonNull(ListOfNonNull(directive)), description: "A list of all directives supported by this server."),
        ]);
        type.Complete([], [
            new OutputField("kind", NonNull(typeKind)),
            new OutputField("name", String),
            new OutputField("description", String),
            new OutputField("specifiedByURL", String),
            new OutputField("fields", ListOfNonNull(field), IncludeDeprecated()),
            new OutputField("interfaces", ListOfNonNull(type)),
            new OutputField("possibleTypes", ListOfNonNull(type)),
            new OutputField("enumValues", ListOfNonNull(enumValue), IncludeDeprecated()),
            new OutputField("inputFields", ListOfNonNull(inputValue), IncludeDeprecated()),
            new OutputField("ofType", type),
            new OutputField("isOneOf", Boolean),
        ]);
        field.Complete([], [
            new OutputField("name", NonNull(String)),
            new OutputField("description", String),
            new OutputField("args", NonNull(ListOfNonNull(inputValue)), IncludeDeprecated()),
            new OutputField("type", NonNull(type)),
            new OutputField("isDeprecated", NonNull(Boolean)),
            new OutputField("deprecationReason", String),
        ]);
        inputValue.Complete([], [
            new OutputField("name", NonNull(String)),
            new OutputField("description", String),
            new OutputField("type", NonNull(type)),
            new OutputField("defaultValue", String, description: "A GraphQL-formatted string representing the default value for this input value."),
            new OutputField("isDeprecated", NonNull(Boolean)),
            new OutputField("deprecationReason", String),
        ]);
        enumValue.Complete([], [
            new OutputField("name", NonNull(String)),
            new OutputField("description", String),
            new OutputField("isDeprecated", NonNull(Boolean)),
            new OutputField("deprecationReason", String),
        ]);
        directive.Complete([], [
            new OutputField("name", NonNull(String)),
            new OutputField("description", String),
            new OutputField("isRepeatable", NonNull(Boolean)),
            new OutputField("locations", NonNull(ListOfNonNull(directiveLocation))),
            new OutputField("args", NonNull(ListOfNonNull(inputValue)), IncludeDeprecated()),
        ]);

        Schema = schema;
        Type = type;
        TypeKind = typeKind;
        Field = field;
        InputValue = inputValue;
        EnumValue = enumValue;
        Directive = directive;
        DirectiveLocation = directiveLocation;
        All = [schema, type, field, inputValue, enumValue, directive, typeKind, directiveLocation];
        SchemaField = new OutputField("__schema", new NonNullType(schema), description: "Access the current type schema of this server.");
        TypeField = new OutputField("__type", type, [new Argument("name", new NonNullType(BuiltInScalars.String))], "Request the type information of a single type.");
        TypeNameField = new OutputField("__typename", new NonNullType(BuiltInScalars.String), description: "The name of the current Object type at runtime.");
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static EnumType TypeKind { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType DirectiveLocation { get; }

    /// <summary>The introspection types in graphql-js's order.</summary>
    public static IReadOnlyList<INamedType> All { get; }

    /// <summary>The meta-field <c>__schema: __Schema!</c> of the query root (spec 4.2).</summary>
    public static OutputField SchemaField { get; }

    /// <summary>The meta-field <c>__type(name: String!): __Type</c> of the query root (spec 4.2).</summary>
    public static OutputField TypeField { get; }

    /// <summary>The meta-field <c>__typename: String!</c> of every composite type (spec 4.2).</summary>
    public static OutputField TypeNameField { get; }

    private static string? DescribeLocation(string location) =>
        LocationSubjects.TryGetValue(location, out var subject) ? $"Location adjacent to {subject}." : null;

    public static bool IsIntrospectionTypeName(string name) => name.StartsWith("__", StringComparison.Ordinal) && All.Any(t => t.Name == name);

    private static string ToUpperSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
