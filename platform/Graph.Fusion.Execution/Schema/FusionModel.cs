using Graph.Language;

namespace Graph.Fusion.Execution;

/// <summary>The kind of a named type of the execution schema.</summary>
public enum FusionTypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>
/// A named type of the execution schema with its <c>@fusion__*</c> metadata: the source schemas it exists in, its
/// fields, the lookups that fetch it and, for abstract types, the possible types per source schema.
/// </summary>
public sealed class FusionType
{
    internal FusionType(
        string name,
        FusionTypeKind kind,
        IReadOnlyList<string> schemas,
        IReadOnlyDictionary<string, FusionField> fields,
        IReadOnlyList<FusionLookup> lookups,
        bool isInaccessible)
    {
        Name = name;
        Kind = kind;
        Schemas = schemas;
        Fields = fields;
        Lookups = lookups;
        IsInaccessible = isInaccessible;
    }

    public string Name { get; }

    public FusionTypeKind Kind { get; }

    /// <summary>The source schemas that define the type (<c>@fusion__type</c>), in declaration order.</summary>
    public IReadOnlyList<string> Schemas { get; }

    /// <summary>The output fields by name (empty for leaf and input types).</summary>
    public IReadOnlyDictionary<string, FusionField> Fields { get; }

    /// <summary>The lookups (<c>@fusion__lookup</c>) that fetch an entity of this type, in declaration order.</summary>
    public IReadOnlyList<FusionLookup> Lookups { get; }

    public bool IsInaccessible { get; }

    public bool IsComposite => Kind is FusionTypeKind.Object or FusionTypeKind.Interface or FusionTypeKind.Union;

    public bool IsAbstract => Kind is FusionTypeKind.Interface or FusionTypeKind.Union;

    public bool ExistsIn(string schema) => Schemas.Contains(schema, StringComparer.Ordinal);

    public override string ToString() => Name;
}

/// <summary>An output field of the execution schema and the source schemas that resolve it.</summary>
public sealed class FusionField
{
    internal FusionField(
        string name,
        TypeNode type,
        IReadOnlyList<FieldSource> sources,
        IReadOnlyList<FieldRequirement> requirements,
        bool isInaccessible)
    {
        Name = name;
        Type = type;
        Sources = sources;
        Requirements = requirements;
        IsInaccessible = isInaccessible;
    }

    public string Name { get; }

    /// <summary>The composite field's type.</summary>
    public TypeNode Type { get; }

    /// <summary>The field's named type.</summary>
    public string NamedTypeName => NamedTypeOf(Type);

    /// <summary>One entry per <c>@fusion__field</c>, in declaration order.</summary>
    public IReadOnlyList<FieldSource> Sources { get; }

    /// <summary>One entry per <c>@fusion__requires</c>.</summary>
    public IReadOnlyList<FieldRequirement> Requirements { get; }

    public bool IsInaccessible { get; }

    public FieldSource? SourceIn(string schema) => Sources.FirstOrDefault(s => s.Schema == schema);

    public FieldRequirement? RequirementIn(string schema) => Requirements.FirstOrDefault(r => r.Schema == schema);

    internal static string NamedTypeOf(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => NamedTypeOf(list.Type),
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        _ => throw new InvalidOperationException("Unknown type node."),
    };

    public override string ToString() => Name;
}

/// <summary>
/// <c>@fusion__field</c>: the source schema resolves the field, under <see cref="SourceName"/> when it differs;
/// <see cref="Partial"/> fields (<c>@external</c>) only through a parent's <see cref="Provides"/>.
/// </summary>
public sealed record FieldSource(string Schema, string SourceName, string? SourceType, SelectionSetNode? Provides, bool Partial);

/// <summary>
/// <c>@fusion__requires</c>: in <see cref="Schema"/> the field has <c>@require</c> arguments; <see cref="Requirements"/>
/// must be fetched on the parent first; <see cref="Map"/> gives, per argument of <see cref="Field"/>, the
/// FieldSelectionMap computing it (null: an argument the client passes).
/// </summary>
public sealed record FieldRequirement(string Schema, SelectionSetNode Requirements, FieldDefinitionNode Field, IReadOnlyList<string?> Map);

/// <summary>
/// <c>@fusion__lookup</c>: an entity is fetched from <see cref="Schema"/> with <see cref="Field"/>, whose arguments are
/// computed from the entity with <see cref="Map"/> (one FieldSelectionMap per argument, in order) once the gateway has
/// <see cref="Key"/>. <see cref="Path"/> leads from the source schema's Query type to a nested lookup field.
/// </summary>
public sealed record FusionLookup(
    string Schema,
    SelectionSetNode Key,
    FieldDefinitionNode Field,
    IReadOnlyList<string> Map,
    IReadOnlyList<string> Path,
    bool Internal);
