using System.Diagnostics.Metrics;

namespace Graph.ServiceDefaults.Caching;

/// <summary>Counters of the entity cache, on the meter <see cref="MeterName"/>.</summary>
public static class EntityCacheTelemetry
{
    public const string MeterName = "Graph.ServiceDefaults";

    public const string HitsMetric = "graph.entity_cache.hits";

    public const string MissesMetric = "graph.entity_cache.misses";

    public const string EvictionsMetric = "graph.entity_cache.evictions";

    public const string TypeTag = "graph.entity.type";

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Hits = Meter.CreateCounter<long>(HitsMetric, description: "Entity lookups answered from the cache.");

    internal static readonly Counter<long> Misses = Meter.CreateCounter<long>(MissesMetric, description: "Entity lookups that went to the database.");

    internal static readonly Counter<long> Evictions = Meter.CreateCounter<long>(EvictionsMetric, description: "Entries removed by change events.");
}
