using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Introspection;

/// <summary>
/// The fields of the introspection types (spec 4.2 "Schema Introspection", Appendix D), answered from the schema
/// model: <c>__Schema</c> is the <see cref="Schema"/>, <c>__Type</c> any <see cref="IType"/> (wrappers included),
/// <c>__Field</c> an <see cref="OutputField"/>, <c>__InputValue</c> an <see cref="InputValue"/>, <c>__EnumValue</c> an
/// <see cref="EnumValue"/> and <c>__Directive</c> a <see cref="DirectiveDefinition"/>.
/// </summary>
public static class IntrospectionResolvers
{
    public static bool IsIntrospectionType(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ReferenceEquals(type, IntrospectionTypes.Schema) || ReferenceEquals(type, IntrospectionTypes.Type)
            || ReferenceEquals(type, IntrospectionTypes.Field) || ReferenceEquals(type, IntrospectionTypes.InputValue)
            || ReferenceEquals(type, IntrospectionTypes.EnumValue) || ReferenceEquals(type, IntrospectionTypes.Directive)
            || (type.IsBuiltIn && type.Name.StartsWith("__", StringComparison.Ordinal));
    }

    public static object? Resolve(Schema schema, ObjectType type, string field, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(type);
        var includeDeprecated = arguments.TryGetValue("includeDeprecated", out var include) && include is true;
        return (type.Name, source) switch
        {
            ("__Schema", Schema s) => ResolveSchema(s, field),
            ("__Type", IType t) => TypeIntrospection.Resolve(schema, t, field, includeDeprecated),
            ("__Field", OutputField f) => ResolveField(f, field, includeDeprecated),
            ("__InputValue", InputValue v) => ResolveInputValue(v, field),
            ("__EnumValue", EnumValue e) => field switch
            {
                "name" => e.Name,
                "description" => e.Description,
                "isDeprecated" => e.IsDeprecated,
                "deprecationReason" => e.DeprecationReason,
                _ => null,
            },
            ("__Directive", DirectiveDefinition d) => field switch
            {
                "name" => d.Name,
                "description" => d.Description,
                "isRepeatable" => d.IsRepeatable,
                "locations" => d.Locations.Select(l => l.ToGraphQLName()).ToArray(),
                "args" => d.Arguments.Where(a => includeDeprecated || !a.IsDeprecated).ToArray(),
                _ => null,
            },
            _ => null,
        };
    }

    // Spec 4.2.1 "The __Schema Type".
    private static object? ResolveSchema(Schema schema, string field) => field switch
    {
        "description" => schema.Description,
        "types" => schema.Types,
        "queryType" => schema.QueryType,
        "mutationType" => schema.MutationType,
        "subscriptionType" => schema.SubscriptionType,
        "directives" => schema.Directives,
        _ => null,
    };

    // Spec 4.2.3 "The __Field Type".
    private static object? ResolveField(OutputField field, string name, bool includeDeprecated) => name switch
    {
        "name" => field.Name,
        "description" => field.Description,
        "args" => field.Arguments.Where(a => includeDeprecated || !a.IsDeprecated).ToArray(),
        "type" => field.Type,
        "isDeprecated" => field.IsDeprecated,
        "deprecationReason" => field.DeprecationReason,
        _ => null,
    };

    // Spec 4.2.4 "The __InputValue Type": defaultValue is the default printed as a GraphQL literal.
    private static object? ResolveInputValue(InputValue value, string name) => name switch
    {
        "name" => value.Name,
        "description" => value.Description,
        "type" => value.Type,
        "defaultValue" => value.DefaultValue is { } literal ? SyntaxPrinter.Print(literal) : null,
        "isDeprecated" => value.IsDeprecated,
        "deprecationReason" => value.DeprecationReason,
        _ => null,
    };
}
