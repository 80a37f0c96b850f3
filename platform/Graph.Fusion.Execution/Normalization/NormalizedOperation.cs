using Graph.Language;

namespace Graph.Fusion.Execution.Normalization;

/// <summary>
/// An operation ready for planning: the selected operation alone, fragment spreads inlined, fragments on the parent
/// type flattened, fields with one response key merged, constant <c>@skip</c>/<c>@include</c> applied.
/// </summary>
public sealed class NormalizedOperation
{
    internal NormalizedOperation(OperationDefinitionNode definition, string text, string hash)
    {
        Definition = definition;
        Text = text;
        Hash = hash;
    }

    public OperationDefinitionNode Definition { get; }

    public OperationType OperationType => Definition.Operation;

    /// <summary>The normalized operation printed (graphql-js format).</summary>
    public string Text { get; }

    /// <summary>SHA-256 of <see cref="Text"/>: the plan cache's key.</summary>
    public string Hash { get; }
}
