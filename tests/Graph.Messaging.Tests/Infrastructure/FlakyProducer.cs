using Graph.Messaging;

namespace Graph.Messaging.Tests;

/// <summary>A producer that fails its first calls, as when the brokers are unreachable, then delegates.</summary>
public sealed class FlakyProducer(IKafkaProducer inner, int failures) : IKafkaProducer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<KafkaDelivery> ProduceAsync(KafkaMessage message, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _calls) <= failures
            ? Task.FromException<KafkaDelivery>(new InvalidOperationException("Simulated broker outage"))
            : inner.ProduceAsync(message, cancellationToken);
}
