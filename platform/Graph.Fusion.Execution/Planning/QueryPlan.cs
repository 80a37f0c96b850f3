using Graph.Fusion.Execution.Normalization;
using Graph.Language;

namespace Graph.Fusion.Execution.Planning;

/// <summary>How a plan node talks to its subgraph.</summary>
public enum PlanNodeKind
{
    /// <summary>One GraphQL over HTTP request (a batch of variable sets for entity lookups).</summary>
    Operation,

    /// <summary>A GraphQL over SSE subscription whose events run the rest of the plan.</summary>
    Subscription,
}

/// <summary>A variable a lookup node computes from each entity (a FieldSelectionMap over the entity's internal fields).</summary>
public sealed record RequirementExport(string VariableName, string Map, string Type);

/// <summary>
/// One fetch of a plan: a document for <see cref="Schema"/>, the nodes it waits for, where its result merges into the
/// response (<see cref="Path"/>, response keys from the root, lists traversed) and the variables it exports per entity.
/// </summary>
public sealed class PlanNode
{
    internal PlanNode(
        int id, PlanNodeKind kind, string schema, OperationType operationType, string document,
        IReadOnlyList<string> path, string? typeCondition, IReadOnlyList<string> sourcePath,
        IReadOnlyList<RequirementExport> requirements, IReadOnlyList<string> forwardedVariables,
        IReadOnlyList<int> dependencies, IReadOnlyList<string> responseKeys)
    {
        Id = id;
        Kind = kind;
        Schema = schema;
        OperationType = operationType;
        Document = document;
        Path = path;
        TypeCondition = typeCondition;
        SourcePath = sourcePath;
        Requirements = requirements;
        ForwardedVariables = forwardedVariables;
        Dependencies = dependencies;
        ResponseKeys = responseKeys;
    }

    public int Id { get; }

    public PlanNodeKind Kind { get; }

    /// <summary>The source schema (subgraph) name.</summary>
    public string Schema { get; }

    public OperationType OperationType { get; }

    /// <summary>The subgraph document text.</summary>
    public string Document { get; }

    /// <summary>Where the result merges: response keys from the root (empty for a root fetch); lists are traversed.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Only entities of this object type at <see cref="Path"/> (under an abstract field); null for all.</summary>
    public string? TypeCondition { get; }

    /// <summary>The path in the subgraph's <c>data</c> to the entity (the lookup field); empty for a root fetch.</summary>
    public IReadOnlyList<string> SourcePath { get; }

    /// <summary>Variables computed per entity; a lookup node with requirements runs once per distinct set.</summary>
    public IReadOnlyList<RequirementExport> Requirements { get; }

    /// <summary>The client's variables this fetch declares and forwards.</summary>
    public IReadOnlyList<string> ForwardedVariables { get; }

    /// <summary>Nodes that must finish first.</summary>
    public IReadOnlyList<int> Dependencies { get; }

    /// <summary>The response keys this node writes on each entity (or at the root), for errors when it fails.</summary>
    public IReadOnlyList<string> ResponseKeys { get; }

    public bool IsLookup => SourcePath.Count > 0;

    /// <summary>The subgraph request body of a root fetch that forwards no variables (the same for every execution).</summary>
    internal byte[]? ConstantBody { get; set; }

    /// <summary>The parsed maps of <see cref="Requirements"/> (parsed once per plan node).</summary>
    internal (string VariableName, Execution.FieldSelectionMap Map)[]? LookupMaps { get; set; }

    /// <summary><see cref="SourcePath"/> as UTF-8 names, encoded once (each answer of the lookup is navigated with them).</summary>
    internal byte[][]? SourcePathUtf8 { get; set; }
}

/// <summary>An immutable plan: the normalized operation and a DAG of fetches (<see cref="Nodes"/> in id order).</summary>
public sealed class QueryPlan
{
    internal QueryPlan(NormalizedOperation operation, IReadOnlyList<PlanNode> nodes, bool hasIntrospection)
    {
        Operation = operation;
        Nodes = nodes;
        HasIntrospection = hasIntrospection;
    }

    public NormalizedOperation Operation { get; }

    public IReadOnlyList<PlanNode> Nodes { get; }

    /// <summary>True when the operation selects <c>__schema</c> or <c>__type</c> at the root (answered locally).</summary>
    public bool HasIntrospection { get; }

    /// <summary>The result shaping's collected fields, shared by every execution of this plan.</summary>
    internal Execution.ShapeCache Shapes { get; } = new();

    /// <summary>The plan as YAML (tests and debugging).</summary>
    public string ToYaml() => QueryPlanYaml.Print(this);

    public override string ToString() => ToYaml();
}
