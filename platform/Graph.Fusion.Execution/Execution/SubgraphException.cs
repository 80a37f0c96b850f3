namespace Graph.Fusion.Execution.Execution;

/// <summary>A subgraph fetch that failed as a whole; <see cref="Code"/> is one of <see cref="FusionErrorCodes"/>.</summary>
internal sealed class SubgraphException(string schema, string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Schema { get; } = schema;

    public string Code { get; } = code;
}

/// <summary>One GraphQL response of a subgraph: for a batch, the one of variable set <see cref="VariableIndex"/>.</summary>
internal sealed record SubgraphResponse(int VariableIndex, System.Text.Json.Nodes.JsonNode? Data, System.Text.Json.Nodes.JsonArray? Errors)
{
    /// <summary>The read-only <c>data</c> object that <see cref="Data"/> wraps (null when the answer was not parsed from one).</summary>
    public System.Text.Json.JsonElement? DataElement { get; init; }
}
