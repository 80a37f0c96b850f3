namespace Graph.Types;

/// <summary>The GraphQL name of a type, field, argument or enum value, instead of the conventional one.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>The description printed in SDL and returned by introspection. Descriptions come only from this attribute.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum
    | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}

/// <summary>Marks a field, argument, input field or enum value <c>@deprecated</c> (spec 3.13.3); <see cref="ObsoleteAttribute"/> does too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    public string? Reason { get; } = reason;
}

/// <summary>Leaves the member (or enum value) out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Class
    | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
public sealed class GraphQLIgnoreAttribute : Attribute;

/// <summary>
/// The GraphQL type of a member or parameter written as in SDL (<c>"[Money!]!"</c>), instead of the inferred one.
/// The named type must exist in the schema (built-in, product scalar, SDL or another code-first type).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class GraphQLTypeAttribute(string type) : Attribute
{
    public string Type { get; } = type;
}

/// <summary>
/// The member or parameter is of type <c>ID</c> (spec 3.5.5): allowed on <see cref="Guid"/>, <see cref="int"/>,
/// <see cref="long"/> and <see cref="string"/> (and lists of them). IDs are not encoded; the value is the key itself.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
public sealed class IDAttribute : Attribute;

/// <summary>The parameter receives the parent object being resolved (the root value for root fields).</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ParentAttribute : Attribute;

/// <summary>The parameter is resolved from the request's services; a missing registration is a field error.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ServiceAttribute : Attribute;
