namespace Graph.Messaging;

/// <summary>
/// The one idempotent producer of a process (<c>enable.idempotence=true</c>, <c>acks=all</c>):
/// a retried send never duplicates or reorders a message within a partition.
/// </summary>
public interface IKafkaProducer
{
    /// <summary>Completes when every in-sync replica has the message; throws if it cannot be delivered.</summary>
    Task<KafkaDelivery> ProduceAsync(KafkaMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A raw Kafka record; <see cref="Key"/> is the aggregate id.</summary>
public sealed record KafkaMessage(string Topic, string Key, ReadOnlyMemory<byte> Value, IReadOnlyList<KeyValuePair<string, byte[]>> Headers);

/// <summary>Where a message landed.</summary>
public readonly record struct KafkaDelivery(string Topic, int Partition, long Offset);
