using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

internal sealed partial class KafkaProducer : IKafkaProducer, IDisposable
{
    private readonly ILogger<KafkaProducer> _logger;
    private readonly Lazy<IProducer<string, byte[]>> _producer;
    private int _disposed;

    public KafkaProducer(IOptions<MessagingOptions> options, ILogger<KafkaProducer> logger)
    {
        _logger = logger;
        var settings = options.Value;
        // Built on first use so a host that only consumes, or starts before Kafka is reachable,
        // does not open producer connections.
        _producer = new Lazy<IProducer<string, byte[]>>(() => Build(settings), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<KafkaDelivery> ProduceAsync(KafkaMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = new Headers();
        foreach (var (key, value) in message.Headers)
        {
            headers.Add(key, value);
        }

        var result = await _producer.Value.ProduceAsync(
            message.Topic,
            new Message<string, byte[]> { Key = message.Key, Value = message.Value.ToArray(), Headers = headers },
            cancellationToken).ConfigureAwait(false);
        return new KafkaDelivery(result.Topic, result.Partition.Value, result.Offset.Value);
    }

    public void Dispose()
    {
        // DI disposes it once per registration (the class and IKafkaProducer).
        if (Interlocked.Exchange(ref _disposed, 1) == 1 || !_producer.IsValueCreated)
        {
            return;
        }

        // Deliver what is queued before the handle goes; the outbox would resend it anyway.
        _producer.Value.Flush(TimeSpan.FromSeconds(5));
        _producer.Value.Dispose();
    }

    private IProducer<string, byte[]> Build(MessagingOptions settings)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = settings.BootstrapServers,
            ClientId = settings.ClientId,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 2,
            MessageTimeoutMs = (int)settings.MessageTimeout.TotalMilliseconds,
        };
        return new ProducerBuilder<string, byte[]>(config)
            .SetLogHandler((_, log) => LogClient(log.Level.ToString(), log.Facility, log.Message))
            .SetErrorHandler((_, error) => LogError(error.Code.ToString(), error.Reason))
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Level} {Facility}: {Text}")]
    private partial void LogClient(string level, string facility, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka producer error {Code}: {Reason}")]
    private partial void LogError(string code, string reason);
}
