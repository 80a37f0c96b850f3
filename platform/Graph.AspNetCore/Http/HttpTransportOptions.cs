namespace Graph.AspNetCore.Http;

/// <summary>Settings of GraphQL over HTTP.</summary>
public sealed class HttpTransportOptions
{
    /// <summary>The largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;
}
