namespace Graph.AspNetCore.Http;

/// <summary>Settings of GraphQL over HTTP.</summary>
public sealed class HttpTransportOptions
{
    /// <summary>The largest request body accepted; larger ones get 413 (GraphQLOverHTTP.md "Status Codes").</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (GraphQLOverHTTP.md "GET"); mutations never may.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Whether <c>variables</c> may be a list of maps: the query runs once per map and the answer is JSON Lines with a
    /// <c>variableIndex</c> per line (variable batching, docs/fusion.md); the gateway batches entity lookups this way.
    /// </summary>
    public bool EnableVariableBatching { get; set; } = true;

    /// <summary>The most variable sets one batched request may carry (more: 400 <c>HTTP_BATCH_TOO_LARGE</c>).</summary>
    public int MaxVariableBatchSize { get; set; } = 1024;

    /// <summary>How long responses of <c>GET {path}/schema.graphql</c> may be cached by clients and proxies.</summary>
    public TimeSpan SchemaCacheMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
