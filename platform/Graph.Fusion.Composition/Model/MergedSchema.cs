using Graph.Language;

namespace Graph.Fusion.Composition;

/// <summary>The kinds of named types in the composite schema.</summary>
internal enum MergedKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>
/// The composite execution schema while it is built (spec 4.3 "Merge"): every type and member with the source schemas
/// it comes from. Members <c>@inaccessible</c> in a source schema stay, flagged, for the execution schema.
/// </summary>
internal sealed class MergedSchema(IReadOnlyList<string> sourceNames)
{
    public IReadOnlyList<string> SourceNames { get; } = sourceNames;

    public Dictionary<string, MergedType> Types { get; } = new(StringComparer.Ordinal);

    public MergedType? Type(string name) => Types.GetValueOrDefault(name);

    /// <summary>Whether a type is visible to clients (built-in scalars always are).</summary>
    public bool IsAccessible(string name) =>
        SyntaxFacts.BuiltInScalars.Contains(name) || (Types.TryGetValue(name, out var type) && !type.Inaccessible);
}

/// <summary>A named type of the composite schema.</summary>
internal sealed class MergedType(string name, MergedKind kind)
{
    public string Name { get; } = name;

    public MergedKind Kind { get; } = kind;

    public StringValueNode? Description { get; set; }

    public bool Inaccessible { get; set; }

    /// <summary>Directives carried to both outputs (<c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public List<DirectiveNode> Directives { get; } = [];

    public List<string> Schemas { get; } = [];

    public List<MergedField> Fields { get; } = [];

    public List<MergedInputValue> InputFields { get; } = [];

    public List<MergedEnumValue> Values { get; } = [];

    /// <summary>Implemented interfaces (objects and interfaces) or members (unions), each with its source schemas.</summary>
    public List<(string Name, List<string> Schemas)> Related { get; } = [];

    public List<MergedLookup> Lookups { get; } = [];

    public MergedField? Field(string name) => Fields.Find(f => f.Name == name);
}

/// <summary>An output field of the composite schema.</summary>
internal sealed class MergedField(string name, TypeNode type)
{
    public string Name { get; } = name;

    public TypeNode Type { get; set; } = type;

    public StringValueNode? Description { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public bool Inaccessible { get; set; }

    public List<MergedInputValue> Arguments { get; } = [];

    public List<FieldSource> Sources { get; } = [];

    public List<FieldRequirement> Requirements { get; } = [];
}

/// <summary>Where a field can be resolved: <c>@fusion__field</c>.</summary>
internal sealed record FieldSource(string Schema, string? SourceType, string? Provides, bool Partial);

/// <summary>An argument or input field of the composite schema.</summary>
internal sealed class MergedInputValue(string name, TypeNode type)
{
    public string Name { get; } = name;

    public TypeNode Type { get; set; } = type;

    public ValueNode? DefaultValue { get; set; }

    public StringValueNode? Description { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public bool Inaccessible { get; set; }

    public List<(string Schema, string? SourceType)> Sources { get; } = [];
}

/// <summary>An enum value of the composite schema.</summary>
internal sealed class MergedEnumValue(string name)
{
    public string Name { get; } = name;

    public StringValueNode? Description { get; set; }

    public DirectiveNode? Deprecated { get; set; }

    public bool Inaccessible { get; set; }

    public List<string> Schemas { get; } = [];
}

/// <summary>An entity lookup: <c>@fusion__lookup</c>.</summary>
internal sealed record MergedLookup(string Schema, string Key, string Field, IReadOnlyList<string> Map, string? Path, bool Internal);

/// <summary>A field's <c>@require</c> arguments in one source schema: <c>@fusion__requires</c>.</summary>
internal sealed record FieldRequirement(string Schema, string Requirements, string Field, IReadOnlyList<string?> Map);
