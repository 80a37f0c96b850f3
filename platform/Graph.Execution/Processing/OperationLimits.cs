namespace Graph.Execution.Processing;

/// <summary>Limits checked before an operation executes; null disables a limit.</summary>
public sealed record OperationLimits
{
    /// <summary>The deepest allowed field nesting (a root field is depth 1).</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>The largest number of field selections in the operation, fragments expanded.</summary>
    public int? MaxFieldCount { get; init; }

    /// <summary>The largest estimated cost: every field costs 1, multiplied by the sizes of the lists around it.</summary>
    public int? MaxCost { get; init; }

    /// <summary>The size assumed for a list field without a <c>first</c>, <c>last</c>, <c>limit</c> or <c>take</c> argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Whether introspection fields (<c>__schema</c>, <c>__type</c> and below) count toward depth and cost.</summary>
    public bool CountIntrospection { get; init; }

    public static OperationLimits None { get; } = new() { MaxDepth = null };
}
