using Graph.Language;

namespace Graph.Fusion.Execution.Planning;

/// <summary>A fetch while it is being planned; frozen into a <see cref="PlanNode"/> at the end.</summary>
internal sealed class FetchBuilder(int id, string schema, OperationType operationType)
{
    public int Id { get; } = id;

    public string Schema { get; } = schema;

    public OperationType OperationType { get; } = operationType;

    public SelectionTree Selection { get; } = new();

    public List<string> Path { get; init; } = [];

    public string? TypeCondition { get; init; }

    public FusionLookup? Lookup { get; init; }

    /// <summary>Arguments of the lookup field: argument name to the variable that carries it.</summary>
    public List<(string Argument, string Variable)> LookupArguments { get; } = [];

    public List<RequirementExport> Requirements { get; } = [];

    /// <summary>Variables the planner declares itself (name, type).</summary>
    public List<(string Name, TypeNode Type)> InternalVariables { get; } = [];

    public SortedSet<int> Dependencies { get; } = [];

    public List<string> ResponseKeys { get; } = [];
}
