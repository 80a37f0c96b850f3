namespace Graph.ServiceDefaults.Caching;

/// <summary>The <c>Cache</c> configuration section.</summary>
public sealed class EntityCacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>How long an entry lives when no change event evicts it first (the bound on staleness if an event is lost).</summary>
    public TimeSpan EntityTimeToLive { get; set; } = TimeSpan.FromMinutes(5);
}
