using System.Diagnostics.Metrics;

namespace Graph.Gateway.Caching;

/// <summary>The response cache's metrics (meter <c>Graph.Gateway.ResponseCache</c>).</summary>
public static class ResponseCacheTelemetry
{
    public const string MeterName = "Graph.Gateway.ResponseCache";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Cacheable queries answered from Redis.</summary>
    public static readonly Counter<long> Hits = Meter.CreateCounter<long>("graph.gateway.response_cache.hits", description: "Cacheable queries answered from the cache");

    /// <summary>Cacheable queries that were executed (not found, or Redis unavailable).</summary>
    public static readonly Counter<long> Misses = Meter.CreateCounter<long>("graph.gateway.response_cache.misses", description: "Cacheable queries executed against the subgraphs");

    /// <summary>Entries written.</summary>
    public static readonly Counter<long> Stores = Meter.CreateCounter<long>("graph.gateway.response_cache.stores", description: "Responses stored");

    /// <summary>Entries removed by change events.</summary>
    public static readonly Counter<long> Evictions = Meter.CreateCounter<long>("graph.gateway.response_cache.evictions", description: "Entries evicted by change events");
}
