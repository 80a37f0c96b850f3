using System.Text;
using Confluent.Kafka;
using Graph.Messaging.Kafka;
using Xunit;

namespace Graph.Testing.Kafka;

/// <summary>
/// A Kafka broker for a test class: librdkafka's mock cluster (3 brokers) hosted in the test
/// process, or the cluster named by <c>KAFKA_BOOTSTRAP_SERVERS</c> when set. Tests isolate
/// themselves with <see cref="UniqueTopic"/> and unique consumer groups rather than a cluster each.
/// </summary>
public sealed class KafkaFixture : IAsyncLifetime, IDisposable
{
    public const string BootstrapServersVariable = "KAFKA_BOOTSTRAP_SERVERS";

    private readonly Lock _producerLock = new();
    private EmbeddedKafkaCluster? _cluster;
    private string? _bootstrapServers;
    private IProducer<string, byte[]>? _producer;

    public string BootstrapServers => _bootstrapServers
        ?? throw new InvalidOperationException("The Kafka fixture starts in InitializeAsync.");

    public Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(BootstrapServersVariable);
        if (string.IsNullOrWhiteSpace(given))
        {
            _cluster = EmbeddedKafkaCluster.Start(3);
            _bootstrapServers = _cluster.BootstrapServers;
        }
        else
        {
            _bootstrapServers = given;
        }

        return Task.CompletedTask;
    }

    /// <summary>A topic name no other test uses, e.g. <c>orders.create.3f2a9c1d</c>.</summary>
    public static string UniqueTopic(string prefix) => $"{prefix}.{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>A consumer group name no other test uses.</summary>
    public static string UniqueGroup(string prefix) => UniqueTopic(prefix);

    /// <summary>Produces one raw record (for duplicates, poison messages and other hand-made input).</summary>
    public async Task ProduceAsync(string topic, string key, byte[] value, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var producer = Producer();
        var kafkaHeaders = new Headers();
        foreach (var (name, text) in headers ?? [])
        {
            kafkaHeaders.Add(name, Encoding.UTF8.GetBytes(text));
        }

        await producer.ProduceAsync(topic, new Message<string, byte[]> { Key = key, Value = value, Headers = kafkaHeaders }).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads <paramref name="topic"/> from the beginning until <paramref name="expectedCount"/> records
    /// arrived or <paramref name="timeout"/> (default 30 s) passed, whichever is first; returns what
    /// arrived, so the caller asserts on the count with the records in the failure message.
    /// </summary>
    public Task<IReadOnlyList<ConsumedRecord>> ConsumeAsync(string topic, int expectedCount, TimeSpan? timeout = null) =>
        Task.Run<IReadOnlyList<ConsumedRecord>>(() => Consume(topic, expectedCount, timeout ?? TimeSpan.FromSeconds(30)));

    /// <summary>
    /// Commits offset 0 on every partition for <paramref name="group"/>, as if a consumer had
    /// crashed after handling messages but before committing them. The group must have no other
    /// members. Joins the group first, since brokers (the mock cluster too) refuse commits from
    /// non-members of a group they know.
    /// </summary>
    public Task RewindConsumerGroupAsync(string topic, string group) => Task.Run(() =>
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = BootstrapServers,
            GroupId = group,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            // A rebalance after this member leaves can wait up to its session timeout (mock cluster).
            SessionTimeoutMs = 6000,
            HeartbeatIntervalMs = 2000,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config).SetLogHandler(static (_, _) => { }).Build();
        consumer.Subscribe(topic);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (consumer.Assignment.Count == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Joining group {group} on {topic} took over 30 s.");
            }

            consumer.Consume(TimeSpan.FromMilliseconds(100));
        }

        consumer.Commit(consumer.Assignment.Select(p => new TopicPartitionOffset(p, 0)));
        consumer.Close();
    });

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_producerLock)
        {
            _producer?.Dispose();
            _producer = null;
        }

        _cluster?.Dispose();
        _cluster = null;
    }

    // One idempotent producer for the fixture's life: a producer per record costs a metadata and producer-id round
    // trip each, which made event-heavy test classes spend most of their time connecting.
    private IProducer<string, byte[]> Producer()
    {
        lock (_producerLock)
        {
            var config = new ProducerConfig { BootstrapServers = BootstrapServers, EnableIdempotence = true, Acks = Acks.All, LingerMs = 0 };
            return _producer ??= new ProducerBuilder<string, byte[]>(config).SetLogHandler(static (_, _) => { }).Build();
        }
    }

    private List<ConsumedRecord> Consume(string topic, int expectedCount, TimeSpan timeout)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = BootstrapServers,
            GroupId = UniqueGroup("test-reader"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            AllowAutoCreateTopics = true,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config).SetLogHandler(static (_, _) => { }).Build();
        consumer.Assign(Partitions(topic).Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var records = new List<ConsumedRecord>();
        var deadline = DateTime.UtcNow + timeout;
        while (records.Count < expectedCount && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message is null)
            {
                continue;
            }

            var headers = (result.Message.Headers ?? [])
                .Select(h => new KeyValuePair<string, string>(h.Key, Encoding.UTF8.GetString(h.GetValueBytes())))
                .ToList();
            records.Add(new ConsumedRecord(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Key, result.Message.Value ?? [], headers));
        }

        consumer.Close();
        return records;
    }

    // Asking for the topic's metadata with a producer handle creates it on a broker that
    // auto-creates topics (the mock cluster does), so a reader can assign before a writer wrote.
    private int[] Partitions(string topic)
    {
        var config = new ProducerConfig { BootstrapServers = BootstrapServers };
        config.Set("allow.auto.create.topics", "true");
        using var producer = new ProducerBuilder<Null, Null>(config).SetLogHandler(static (_, _) => { }).Build();
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(5)).Topics.FirstOrDefault(t => t.Topic == topic);
            if (metadata is { Error.IsError: false, Partitions.Count: > 0 })
            {
                return metadata.Partitions.Select(p => p.PartitionId).ToArray();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Topic {topic} has no partitions on {BootstrapServers}: {metadata?.Error.Reason ?? "no metadata"}.");
            }

            Thread.Sleep(100);
        }
    }
}

/// <summary>One record read by <see cref="KafkaFixture.ConsumeAsync"/>.</summary>
public sealed record ConsumedRecord(
    string Topic, int Partition, long Offset, string? Key, byte[] Value, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public string Text => Encoding.UTF8.GetString(Value);

    public string? Header(string name) => Headers.LastOrDefault(h => h.Key == name).Value;

    public override string ToString() => $"{Topic}[{Partition}]@{Offset} key={Key} {Text}";
}
