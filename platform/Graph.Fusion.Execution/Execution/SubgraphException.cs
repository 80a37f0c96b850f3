namespace Graph.Fusion.Execution.Execution;

/// <summary>A subgraph fetch that failed as a whole; <see cref="Code"/> is one of <see cref="FusionErrorCodes"/>.</summary>
internal sealed class SubgraphException(string schema, string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Schema { get; } = schema;

    public string Code { get; } = code;
}

/// <summary>One GraphQL response of a subgraph: for a batch, the one of variable set <see cref="VariableIndex"/>.</summary>
/// <see cref="Data"/> is the read-only <c>data</c> of the answer (the default element when it has none).
internal sealed record SubgraphResponse(int VariableIndex, System.Text.Json.JsonElement Data, System.Text.Json.Nodes.JsonArray? Errors);
