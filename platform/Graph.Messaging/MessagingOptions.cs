namespace Graph.Messaging;

/// <summary>
/// Settings of <c>AddKafkaMessaging</c>, bound from the <c>Kafka</c> configuration section;
/// <see cref="BootstrapServers"/> falls back to the <c>KAFKA_BOOTSTRAP_SERVERS</c> environment variable.
/// </summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Kafka";

    public const string BootstrapServersVariable = "KAFKA_BOOTSTRAP_SERVERS";

    /// <summary>Comma-separated <c>host:port</c> list.</summary>
    public string BootstrapServers { get; set; } = string.Empty;

    /// <summary>The envelope's <c>source</c>: which service produced the event, e.g. <c>/orders</c>.</summary>
    public string Source { get; set; } = "/" + (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "graph").ToLowerInvariant();

    /// <summary>Kafka <c>client.id</c>, shown in broker logs and metrics.</summary>
    public string ClientId { get; set; } = Environment.MachineName;

    /// <summary>How long the producer keeps retrying one message before it reports failure.</summary>
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public ConsumerSettings Consumer { get; set; } = new();

    public OutboxRelaySettings Relay { get; set; } = new();

    public RetentionSettings Retention { get; set; } = new();
}

public sealed class ConsumerSettings
{
    /// <summary>Handler attempts before a message goes to the dead-letter topic.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Kafka <c>session.timeout.ms</c>. It also bounds how long a rebalance waits for a member
    /// that left without saying so, which is why tests set it low.
    /// </summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Kafka <c>fetch.wait.max.ms</c>: how long a broker may hold a fetch that found nothing. Real brokers answer as
    /// soon as a message arrives, whatever this is; librdkafka's mock cluster (<c>./graph up</c>, the tests, the
    /// benchmarks) always waits it out, so each saga hop waits half of it on average. <c>./graph bench checkout</c>
    /// (docs/benchmarks.md, "Checkout to PAID"): three consumer hops took about 55 ms each at 100 ms, checkout-to-PAID
    /// p50 291 ms -> 147 ms and p99 447 ms -> 366 ms going from 100 to 10 ms on the same (loaded) machine. The cost:
    /// an idle consumer sends up to 100 small fetches a second; with real brokers, where latency does not depend on
    /// it, raise it (<c>Kafka:Consumer:FetchWaitMax</c>, e.g. 500 ms) if that idle traffic matters.
    /// </summary>
    public TimeSpan FetchWaitMax { get; set; } = TimeSpan.FromMilliseconds(10);
}

public sealed class OutboxRelaySettings
{
    /// <summary>Fallback poll interval; a commit that writes outbox rows wakes the relay sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// How long the outbox and inbox keep rows they no longer need (<c>Kafka:Retention</c>); without it both tables grow
/// with every event for ever. See <see cref="MessageRetentionSweeper{TDbContext}"/>.
/// </summary>
public sealed class RetentionSettings
{
    /// <summary>How long a published outbox row is kept (for inspection); unsent rows are never removed.</summary>
    public TimeSpan SentOutboxMessages { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long an inbox row (a processed message's id) is kept. A message redelivered after its row is gone would be
    /// handled again, so keep this longer than any redelivery can come: past the topics' retention (Kafka's default is
    /// 7 days) when offsets may be reset to replay them.
    /// </summary>
    public TimeSpan InboxMessages { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the sweep runs; the first one a minute after start, out of the way of start-up.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows removed per statement, so that one sweep never holds long locks or a long transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}
