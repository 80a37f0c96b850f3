namespace Graph.Fusion.Composition;

/// <summary>What the rules of every stage see: the source schemas, the merged schema once merged, and the findings so far.</summary>
internal sealed class CompositionContext(IReadOnlyList<SourceSchema> schemas)
{
    private readonly List<CompositionError> _errors = [];

    public IReadOnlyList<SourceSchema> Schemas { get; } = schemas;

    public MergedSchema? Merged { get; set; }

    public IReadOnlyList<CompositionError> Errors => _errors;

    public bool HasErrors => _errors.Exists(e => e.Severity == CompositionSeverity.Error);

    public void Report(string code, string message, IEnumerable<string> subgraphs, CompositionSeverity severity = CompositionSeverity.Error) =>
        _errors.Add(new CompositionError(code, message, severity, subgraphs.Distinct().ToList()));

    public void Report(string code, string message, string subgraph, CompositionSeverity severity = CompositionSeverity.Error) =>
        Report(code, message, [subgraph], severity);

    /// <summary>Every definition of a type across the source schemas, in source order.</summary>
    public IEnumerable<(SourceSchema Schema, Graph.Language.TypeDefinitionNode Type)> Definitions(string typeName) =>
        Schemas.Select(s => (Schema: s, Type: s.Type(typeName)!)).Where(p => p.Type is not null);

    /// <summary>Every type name defined in any source schema, in first-seen order.</summary>
    public IEnumerable<string> TypeNames() => Schemas.SelectMany(s => s.Types.Keys).Distinct();
}

/// <summary>One rule of a composition stage (one class per Composite Schemas spec rule, named after it).</summary>
internal interface ICompositionRule
{
    void Validate(CompositionContext context);
}

/// <summary>A rule of the source schema validation stage: runs once per source schema, in isolation.</summary>
internal abstract class SourceSchemaRule : ICompositionRule
{
    public void Validate(CompositionContext context)
    {
        foreach (var schema in context.Schemas)
        {
            Validate(schema, context);
        }
    }

    protected abstract void Validate(SourceSchema schema, CompositionContext context);
}
