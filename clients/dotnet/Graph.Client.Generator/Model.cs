namespace Graph.Client.Generator;

/// <summary>A generated result record: one selection set on one schema type.</summary>
internal sealed class RecordModel(string name, string schemaType, string path)
{
    public string Name { get; } = name;

    public string SchemaType { get; } = schemaType;

    /// <summary>Where the selection is, e.g. <c>checkout.order</c>, for the doc comment.</summary>
    public string Path { get; } = path;

    public List<PropertyModel> Properties { get; } = [];

    /// <summary>Named fragments whose fields this record always has; it implements their interfaces.</summary>
    public List<string> Fragments { get; } = [];

    /// <summary>The polymorphic base this record derives from (a concrete type of an abstract field).</summary>
    public RecordModel? Base { get; set; }

    /// <summary>Records for concrete types, keyed by their <c>__typename</c>; non-empty makes this a polymorphic base.</summary>
    public List<(string TypeName, RecordModel Record)> Derived { get; } = [];
}

/// <summary>A property of a generated record or input type.</summary>
internal sealed record PropertyModel(string Name, string JsonName, string TypeText, bool Required, string? Description);

/// <summary>A generated client method and the operation document it sends.</summary>
internal sealed record OperationModel(
    string Name,
    string Kind,
    string File,
    string Document,
    RecordModel Result,
    IReadOnlyList<VariableModel> Variables);

/// <summary>An operation variable as a method parameter.</summary>
internal sealed record VariableModel(string Name, string Parameter, string TypeText, bool Required);

/// <summary>The interface of a named fragment: its own leaf fields, implemented by every record that spreads it.</summary>
internal sealed record FragmentInterfaceModel(string FragmentName, string Name, string TypeCondition, IReadOnlyList<PropertyModel> Properties);
