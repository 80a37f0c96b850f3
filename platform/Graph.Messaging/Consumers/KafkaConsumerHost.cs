using Confluent.Kafka;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

/// <summary>
/// Reads one topic as one consumer group (<see cref="KafkaConsumerLoop"/>) and hands each message to
/// <see cref="MessageProcessor{TDbContext}"/>. The offset is committed only after the message was handled (or parked
/// in <c>&lt;topic&gt;.dlq</c>), so a crash or restart redelivers it, and the inbox makes the redelivery harmless. A
/// failing message is retried with exponential backoff in place, which keeps its partition in order.
/// </summary>
public sealed partial class KafkaConsumerHost<TDbContext> : KafkaConsumerLoop
    where TDbContext : DbContext
{
    private readonly ConsumerRegistration _registration;
    private readonly MessageProcessor<TDbContext> _processor;
    private readonly DeadLetterWriter _deadLetters;
    private readonly MessagingOptions _options;
    private readonly ILogger _logger;

    public KafkaConsumerHost(
        ConsumerRegistration registration,
        IServiceScopeFactory scopes,
        IntegrationEventTypeMap map,
        IKafkaProducer producer,
        IOptions<MessagingOptions> options,
        ILogger<KafkaConsumerHost<TDbContext>> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(options);
        _registration = registration;
        _processor = new MessageProcessor<TDbContext>(scopes, map, registration.GroupId);
        _deadLetters = new DeadLetterWriter(producer, registration.GroupId);
        _options = options.Value;
        _logger = logger;
    }

    protected override string Name => _registration.Topic + "/" + _registration.GroupId;

    protected override IReadOnlyCollection<string> Topics => [_registration.Topic];

    // E.g. a commit rejected after a rebalance: the uncommitted message comes back and the inbox recognises it if it
    // was handled.
    protected override TimeSpan RestartDelay(int failures) =>
        Backoff.Compute(failures, _options.Consumer.InitialBackoff, _options.Consumer.MaxBackoff);

    protected override void Handle(ConsumeResult<string, byte[]> result, CancellationToken stoppingToken) =>
        HandleWithRetries(result, stoppingToken);

    private void HandleWithRetries(ConsumeResult<string, byte[]> result, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = _processor.ProcessAsync(result, attempt, stoppingToken).GetAwaiter().GetResult();
                LogProcessed(result.Topic, result.Partition.Value, result.Offset.Value, outcome.ToString());
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A message that cannot be read will never succeed; retrying it only blocks the partition.
                var poison = ex is MalformedMessageException or UnknownIntegrationEventTypeException;
                if (poison || attempt >= _options.Consumer.MaxAttempts)
                {
                    LogDeadLettered(ex, result.Topic, result.Partition.Value, result.Offset.Value, attempt);
                    _deadLetters.Write(result, ex, attempt, _options.Consumer, stoppingToken);
                    return;
                }

                var delay = Backoff.Compute(attempt, _options.Consumer.InitialBackoff, _options.Consumer.MaxBackoff);
                LogRetrying(ex, result.Topic, result.Partition.Value, result.Offset.Value, attempt, delay.TotalMilliseconds);
                stoppingToken.WaitHandle.WaitOne(delay);
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
    }

    protected override IConsumer<string, byte[]> BuildConsumer()
    {
        var sessionTimeout = (int)_options.Consumer.SessionTimeout.TotalMilliseconds;
        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BootstrapServers,
            ClientId = _options.ClientId,
            GroupId = _registration.GroupId,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            AllowAutoCreateTopics = true,
            SessionTimeoutMs = sessionTimeout,
            HeartbeatIntervalMs = Math.Max(100, Math.Min(3000, sessionTimeout / 3)),
            FetchWaitMaxMs = (int)_options.Consumer.FetchWaitMax.TotalMilliseconds,
        };
        return new ConsumerBuilder<string, byte[]>(config)
            .SetLogHandler((_, log) => LogClient(log.Level.ToString(), log.Facility, log.Message))
            .SetErrorHandler((_, error) => LogClientError(_registration.Topic, error.Code.ToString(), error.Reason))
            .SetPartitionsAssignedHandler((_, partitions) => LogAssigned(_registration.Topic, _registration.GroupId, string.Join(',', partitions.Select(p => p.Partition.Value))))
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Topic}[{Partition}]@{Offset}: {Outcome}")]
    private partial void LogProcessed(string topic, int partition, long offset, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Topic}[{Partition}]@{Offset} failed on attempt {Attempt}; retrying in {DelayMs} ms")]
    private partial void LogRetrying(Exception exception, string topic, int partition, long offset, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Topic}[{Partition}]@{Offset} failed after {Attempts} attempts; moving it to the dead-letter topic")]
    private partial void LogDeadLettered(Exception exception, string topic, int partition, long offset, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Consumer of {Topic} in group {Group} was assigned partitions {Partitions}")]
    private partial void LogAssigned(string topic, string group, string partitions);

    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Level} {Facility}: {Text}")]
    private partial void LogClient(string level, string facility, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka consumer error on {Topic} {Code}: {Reason}")]
    private partial void LogClientError(string topic, string code, string reason);
}
