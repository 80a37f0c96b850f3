using System.Text;
using Graph.Language;

namespace Graph.Types;

/// <summary>
/// Prints a schema as SDL, deterministically and as graphql-js 17's <c>printSchema</c> does, built-in scalars,
/// built-in directives and introspection types omitted. Canonical order: the schema definition (only when a root
/// type does not use its default name, a type uses a default root name without being that root, or the schema has
/// a description or directives), then custom directive definitions, then types, both in definition order (SDL document
/// order, or the order types were added in code).
/// Unlike graphql-js, applied custom directives are printed where SDL places them (graphql-js drops them).
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirectiveDefinition));
        parts.AddRange(schema.Types.Where(t => !t.IsBuiltIn).Select(PrintType));
        return string.Join("\n\n", parts);
    }

    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + Directives(scalar.Directives),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Directives(obj.Directives) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Directives(iface.Directives) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + Directives(union.Directives)
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Directives(enumType.Directives)
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Directives(v.Directives))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + Directives(input.Directives)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unknown type {type}.", nameof(type)),
    };

    public static string PrintDirectiveDefinition(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToGraphQLName()));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && schema.SchemaDirectives.Count == 0 && HasDefaultRootOperationTypes(schema))
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema").Append(Directives(schema.SchemaDirectives)).Append(" {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation)
        {
            builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        }

        if (schema.SubscriptionType is { } subscription)
        {
            builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Spec 3.3.1 "Default Root Operation Type Names": each root is the type of its default name, and vice versa.</summary>
    private static bool HasDefaultRootOperationTypes(Schema schema) =>
        ReferenceEquals(schema.QueryType, schema.FindType("Query"))
        && ReferenceEquals(schema.MutationType, schema.FindType("Mutation"))
        && ReferenceEquals(schema.SubscriptionType, schema.FindType("Subscription"));

    private static string Implements(IComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(IComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Directives(f.Directives)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(NamedList<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value) =>
        value.Name + ": " + value.Type
        + (value.DefaultValue is { } defaultValue ? " = " + SyntaxPrinter.Print(defaultValue) : string.Empty)
        + Directives(value.Directives);

    /// <summary>Applied directives in order; the built-in ones in graphql-js's canonical spelling.</summary>
    private static string Directives(DirectiveUsageList directives)
    {
        if (directives.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var usage in directives)
        {
            builder.Append(' ').Append(usage.Name switch
            {
                BuiltInDirectives.DeprecatedName => Deprecated(usage),
                BuiltInDirectives.SpecifiedByName when usage.GetArgument("url") is StringValueNode url => "@specifiedBy(url: " + StringPrinter.PrintString(url.Value) + ")",
                BuiltInDirectives.OneOfName => "@oneOf",
                _ => SyntaxPrinter.Print(usage.ToSyntax()),
            });
        }

        return builder.ToString();
    }

    private static string Deprecated(DirectiveUsage usage) =>
        usage.GetArgument("reason") is StringValueNode { Value: not Deprecation.DefaultReason } reason
            ? "@deprecated(reason: " + StringPrinter.PrintString(reason.Value) + ")"
            : "@deprecated";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockStrings.IsPrintableAsBlockString(description)
            ? StringPrinter.PrintBlockString(description)
            : StringPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
