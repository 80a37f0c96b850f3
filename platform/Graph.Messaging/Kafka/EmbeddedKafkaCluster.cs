using Confluent.Kafka;

namespace Graph.Messaging.Kafka;

/// <summary>
/// A real Kafka-protocol broker cluster on loopback, hosted in this process by librdkafka's mock
/// cluster (<c>test.mock.num.brokers</c>). Clients in any process connect to
/// <see cref="BootstrapServers"/> like to any broker. Data lives in memory and is gone on dispose.
/// Used by <c>./graph up</c> when no <c>KAFKA_BOOTSTRAP_SERVERS</c> is given, and by tests.
/// </summary>
public sealed class EmbeddedKafkaCluster : IDisposable
{
    // The mock cluster lives as long as the client handle that created it.
    private readonly IProducer<byte[], byte[]> _owner;

    private EmbeddedKafkaCluster(IProducer<byte[], byte[]> owner, string bootstrapServers, IReadOnlyList<string> brokers)
    {
        _owner = owner;
        BootstrapServers = bootstrapServers;
        Brokers = brokers;
    }

    /// <summary>Comma-separated <c>host:port</c> list of every broker.</summary>
    public string BootstrapServers { get; }

    public IReadOnlyList<string> Brokers { get; }

    public static EmbeddedKafkaCluster Start(int brokerCount = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerCount, 1);
        var config = new ProducerConfig
        {
            BootstrapServers = string.Empty,
        };
        config.Set("test.mock.num.brokers", brokerCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var owner = new ProducerBuilder<byte[], byte[]>(config)
            .SetLogHandler(static (_, _) => { })
            .Build();
        try
        {
            using var admin = new DependentAdminClientBuilder(owner.Handle).Build();
            var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
            var brokers = metadata.Brokers
                .OrderBy(b => b.BrokerId)
                .Select(b => $"{b.Host}:{b.Port}")
                .ToArray();
            if (brokers.Length != brokerCount)
            {
                throw new InvalidOperationException($"The mock cluster reported {brokers.Length} brokers, expected {brokerCount}.");
            }

            return new EmbeddedKafkaCluster(owner, string.Join(',', brokers), brokers);
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    public void Dispose() => _owner.Dispose();
}
