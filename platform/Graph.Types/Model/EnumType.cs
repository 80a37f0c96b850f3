using System.Collections.Frozen;
using Graph.Language;

namespace Graph.Types;

/// <summary>An enum type (spec 3.9 "Enums").</summary>
public sealed class EnumType : INamedType
{
    private readonly FrozenDictionary<object, EnumValue> _byRuntimeValue;

    public EnumType(string name, IEnumerable<EnumValue> values, string? description = null, DirectiveUsageList? directives = null, Type? runtimeType = null, Location? location = null, bool isBuiltIn = false)
    {
        Name = name;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        RuntimeType = runtimeType;
        Location = location;
        IsBuiltIn = isBuiltIn;
        Values = new NamedList<EnumValue>(values);
        var byRuntime = new Dictionary<object, EnumValue>();
        foreach (var value in Values)
        {
            value.DeclaringType = this;
            byRuntime.TryAdd(value.Value, value);
        }

        _byRuntimeValue = byRuntime.ToFrozenDictionary();
    }

    public TypeKind Kind => TypeKind.Enum;

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    public bool IsBuiltIn { get; }

    public NamedList<EnumValue> Values { get; }

    /// <summary>The CLR enum this type maps to (code-first); null when values are their names.</summary>
    public Type? RuntimeType { get; }

    public Location? Location { get; }

    /// <summary>The enum value whose runtime value is <paramref name="runtimeValue"/> (result coercion, spec 3.9).</summary>
    public bool TryGetByRuntimeValue(object runtimeValue, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out EnumValue value)
    {
        ArgumentNullException.ThrowIfNull(runtimeValue);
        return _byRuntimeValue.TryGetValue(runtimeValue, out value);
    }

    public override string ToString() => Name;
}

/// <summary>A value of an enum type (spec 3.9, EnumValueDefinition).</summary>
public sealed class EnumValue : INamedElement, IHasAppliedDirectives
{
    public EnumValue(string name, string? description = null, DirectiveUsageList? directives = null, object? value = null, Location? location = null)
    {
        Name = name;
        Description = description;
        Directives = directives ?? DirectiveUsageList.Empty;
        DeprecationReason = Deprecation.ReasonOf(Directives);
        Value = value ?? name;
        Location = location;
    }

    public string Name { get; }

    public string? Description { get; }

    public DirectiveUsageList Directives { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The internal value resolvers see: the CLR enum member (code-first) or the name itself.</summary>
    public object Value { get; }

    public EnumType DeclaringType { get; internal set; } = null!;

    public Location? Location { get; }

    public string Coordinate => $"{DeclaringType?.Name}.{Name}";

    public override string ToString() => Coordinate;
}
