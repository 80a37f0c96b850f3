using Graph.Language;

namespace Graph.Types;

/// <summary>The directives the specification defines (spec 3.13 "Built-in Directives", Appendix D).</summary>
public static class BuiltInDirectives
{
    public const string SkipName = "skip";
    public const string IncludeName = "include";
    public const string DeprecatedName = "deprecated";
    public const string SpecifiedByName = "specifiedBy";
    public const string OneOfName = "oneOf";

    private static readonly DirectiveLocation[] Conditional = [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment];

    /// <summary>Spec 3.13.2: <c>directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c>.</summary>
    public static DirectiveDefinition Include { get; } = new(IncludeName, Conditional,
        [new Argument("if", new NonNullType(BuiltInScalars.Boolean), "Included when true.")],
        description: "Directs the executor to include this field or fragment only when the `if` argument is true.", isBuiltIn: true);

    /// <summary>Spec 3.13.1: <c>directive @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new(SkipName, Conditional,
        [new Argument("if", new NonNullType(BuiltInScalars.Boolean), "Skipped when true.")],
        description: "Directs the executor to skip this field or fragment when the `if` argument is true.", isBuiltIn: true);

    /// <summary>Spec 3.13.3: <c>directive @deprecated(reason: String! = "No longer supported") on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new(DeprecatedName,
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [new Argument("reason", new NonNullType(BuiltInScalars.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(Deprecation.DefaultReason))],
        description: "Marks an element of a GraphQL schema as no longer supported.", isBuiltIn: true);

    /// <summary>Spec 3.13.4: <c>directive @specifiedBy(url: String!) on SCALAR</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(SpecifiedByName, [DirectiveLocation.Scalar],
        [new Argument("url", new NonNullType(BuiltInScalars.String), "The URL that specifies the behavior of this scalar.")],
        description: "Exposes a URL that specifies the behavior of this scalar.", isBuiltIn: true);

    /// <summary>Spec 3.13.5: <c>directive @oneOf on INPUT_OBJECT</c>.</summary>
    public static DirectiveDefinition OneOf { get; } = new(OneOfName, [DirectiveLocation.InputObject],
        description: "Indicates exactly one field must be supplied and this field must not be `null`.", isBuiltIn: true);

    /// <summary>In graphql-js's order (include, skip, deprecated, specifiedBy, oneOf), which introspection follows.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltInName(string name) => name is SkipName or IncludeName or DeprecatedName or SpecifiedByName or OneOfName;

    public static DirectiveDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    /// <summary><c>@deprecated</c> with <paramref name="reason"/> (no argument for the default reason).</summary>
    public static DirectiveUsage DeprecatedUsage(string? reason = null) =>
        reason is null or Deprecation.DefaultReason
            ? new DirectiveUsage(DeprecatedName)
            : DirectiveUsage.Create(DeprecatedName, ("reason", new StringValueNode(reason)));

    public static DirectiveUsage SpecifiedByUsage(string url) => DirectiveUsage.Create(SpecifiedByName, ("url", new StringValueNode(url)));

    public static DirectiveUsage OneOfUsage() => new(OneOfName);
}
