namespace Graph.Fusion.Execution;

/// <summary>The <c>extensions.code</c> values the gateway's engine adds to errors.</summary>
public static class FusionErrorCodes
{
    /// <summary>The subgraph could not be reached (connection refused, circuit open, HTTP 5xx).</summary>
    public const string SubgraphUnavailable = "SUBGRAPH_UNAVAILABLE";

    /// <summary>The subgraph did not answer within <see cref="FusionExecutorOptions.SubgraphTimeout"/>.</summary>
    public const string SubgraphTimeout = "SUBGRAPH_TIMEOUT";

    /// <summary>The subgraph answered with something that is not a GraphQL response (or one that is too large).</summary>
    public const string SubgraphBadResponse = "SUBGRAPH_BAD_RESPONSE";

    /// <summary>The operation cannot be planned over the source schemas (a composition that is not satisfiable).</summary>
    public const string QueryPlanningFailed = "QUERY_PLANNING_FAILED";
}
