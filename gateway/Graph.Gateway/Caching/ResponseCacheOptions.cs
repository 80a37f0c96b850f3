namespace Graph.Gateway.Caching;

/// <summary>
/// <c>Gateway:ResponseCache</c>: the Redis response cache (docs/fusion.md "Response cache"). Redis comes from
/// <c>ConnectionStrings:redis</c>; eviction events from Kafka (<c>Kafka:BootstrapServers</c> or
/// <c>KAFKA_BOOTSTRAP_SERVERS</c>).
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string SectionName = "Gateway:ResponseCache";

    /// <summary>Whether responses are cached; null (the default) means: when a Redis connection string exists.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The largest response (its <c>data</c> as UTF-8 JSON) that is stored; bigger ones are served uncached.</summary>
    public int MaxEntryBytes { get; set; } = 512 * 1024;

    /// <summary>The most entity tags one entry may carry; a response naming more entities is not stored.</summary>
    public int MaxTagsPerEntry { get; set; } = 1000;

    /// <summary>The prefix of every Redis key the cache writes.</summary>
    public string KeyPrefix { get; set; } = "gateway:response:";

    /// <summary>The topics whose events carry <c>tags</c> to evict (docs/events.md).</summary>
    public List<string> EvictionTopics { get; set; } = ["catalog.changed", "user.changed", "review.changed"];

    /// <summary>The Kafka consumer group of the eviction consumer (one group: each gateway replica shares one Redis).</summary>
    public string ConsumerGroup { get; set; } = "gateway-response-cache";

    /// <summary>
    /// How long after an eviction responses naming the evicted entity are not stored. The same event evicts the
    /// subgraphs' own entity caches through their consumers, which may run a moment later: a response computed meanwhile
    /// may hold the old value and must not be cached for a whole maxAge. Zero turns it off.
    /// </summary>
    public TimeSpan EvictionSettleWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Tags that also evict entries of another type with the same key: <c>RatingSummary:&lt;productId&gt;</c>
    /// (review.changed) evicts <c>Product:&lt;productId&gt;</c>, whose reviews and rating the change altered.
    /// </summary>
    public Dictionary<string, string> TagAliases { get; set; } = new(StringComparer.Ordinal) { ["RatingSummary"] = "Product" };

    /// <summary>How many parsed operations (policies) are remembered per composition.</summary>
    public int PolicyCacheSize { get; set; } = 1000;
}
