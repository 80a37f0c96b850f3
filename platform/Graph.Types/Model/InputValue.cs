using Graph.Language;

namespace Graph.Types;

/// <summary>
/// An argument or input field definition (spec 3.6.1 "Field Arguments", 3.10 "Input Objects"): InputValueDefinition.
/// </summary>
public abstract class InputValue : INamedElement, IHasAppliedDirectives
{
    private protected InputValue(string name, string? description, IType type, ValueNode? defaultValue, DirectiveUsageList directives, Location? location)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        DeprecationReason = Deprecation.ReasonOf(directives);
        Location = location;
    }

    public string Name { get; }

    public string? Description { get; }

    public IType Type { get; }

    /// <summary>The default value as a constant literal (spec 3.6.1 DefaultValue); null when there is none.</summary>
    public ValueNode? DefaultValue { get; }

    public bool HasDefaultValue => DefaultValue is not null;

    public DirectiveUsageList Directives { get; }

    /// <summary>The <c>@deprecated</c> reason (spec 3.13.3); null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Required: of a Non-Null type and without a default value.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    public Location? Location { get; }

    /// <summary>The schema coordinate (spec 2.13), for messages: <c>Type.field(arg:)</c>, <c>@dir(arg:)</c>, <c>Input.field</c>.</summary>
    public abstract string Coordinate { get; }

    public override string ToString() => Coordinate;
}

/// <summary>An argument of a field or directive (spec 3.6.1 "Field Arguments").</summary>
public sealed class Argument : InputValue
{
    public Argument(string name, IType type, string? description = null, ValueNode? defaultValue = null, DirectiveUsageList? directives = null, Location? location = null)
        : base(name, description, type, defaultValue, directives ?? DirectiveUsageList.Empty, location)
    {
    }

    /// <summary>The field this argument belongs to; null for a directive argument.</summary>
    public OutputField? DeclaringField { get; internal set; }

    /// <summary>The directive this argument belongs to; null for a field argument.</summary>
    public DirectiveDefinition? DeclaringDirective { get; internal set; }

    public override string Coordinate => DeclaringField is { } owner
        ? $"{owner.Coordinate}({Name}:)"
        : $"@{DeclaringDirective?.Name}({Name}:)";
}

/// <summary>A field of an input object type (spec 3.10 "Input Objects").</summary>
public sealed class InputField : InputValue
{
    public InputField(string name, IType type, string? description = null, ValueNode? defaultValue = null, DirectiveUsageList? directives = null, Location? location = null)
        : base(name, description, type, defaultValue, directives ?? DirectiveUsageList.Empty, location)
    {
    }

    public InputObjectType DeclaringType { get; internal set; } = null!;

    /// <summary>The CLR property this field binds to (code-first); null when the input is read as a dictionary.</summary>
    public System.Reflection.PropertyInfo? RuntimeProperty { get; init; }

    public override string Coordinate => $"{DeclaringType?.Name}.{Name}";
}

/// <summary>Reads <c>@deprecated</c> (spec 3.13.3) from applied directives.</summary>
public static class Deprecation
{
    /// <summary>The reason used when <c>@deprecated</c> has no <c>reason</c> argument.</summary>
    public const string DefaultReason = "No longer supported";

    public static string? ReasonOf(DirectiveUsageList directives)
    {
        ArgumentNullException.ThrowIfNull(directives);
        var usage = directives.Find(BuiltInDirectives.DeprecatedName);
        if (usage is null)
        {
            return null;
        }

        return usage.GetArgument("reason") is StringValueNode reason ? reason.Value : DefaultReason;
    }
}
