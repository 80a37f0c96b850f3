namespace Graph.AspNetCore.Http;

/// <summary>Settings of GraphQL over HTTP.</summary>
public sealed class HttpTransportOptions
{
    /// <summary>The largest request body accepted; larger ones get 413 (GraphQLOverHTTP.md "Status Codes").</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (GraphQLOverHTTP.md "GET"); mutations never may.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether <c>variables</c> may be a list of maps, answered with one result per map (variable batching).</summary>
    public bool EnableVariableBatching { get; set; } = true;

    /// <summary>The most variable sets one batched request may carry.</summary>
    public int MaxVariableBatchSize { get; set; } = 1000;

    /// <summary>How long responses of <c>GET {path}/schema.graphql</c> may be cached by clients and proxies.</summary>
    public TimeSpan SchemaCacheMaxAge { get; set; } = TimeSpan.FromMinutes(5);
}
