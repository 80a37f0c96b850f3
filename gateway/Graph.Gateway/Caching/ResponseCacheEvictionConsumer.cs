using System.Text.Json;
using Confluent.Kafka;
using Graph.Messaging;
using Microsoft.Extensions.Options;

namespace Graph.Gateway.Caching;

/// <summary>
/// Evicts cached responses when a <c>*.changed</c> event (docs/events.md: <c>catalog.changed</c>,
/// <c>user.changed</c>, <c>review.changed</c>) names entities in its <c>tags</c>. The gateway has no database, so
/// there is no inbox: an offset is committed after its eviction succeeded (<see cref="KafkaConsumerLoop"/>), a failed
/// eviction (Redis down) is retried in place with backoff, and a redelivered event evicts again, which is harmless
/// (eviction is idempotent).
/// </summary>
public sealed partial class ResponseCacheEvictionConsumer(
    ResponseCache cache,
    IOptions<ResponseCacheOptions> options,
    IOptions<MessagingOptions> messaging,
    ILogger<ResponseCacheEvictionConsumer> logger) : KafkaConsumerLoop(logger)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    protected override string Name => "response-cache eviction";

    protected override IReadOnlyCollection<string> Topics => options.Value.EvictionTopics;

    protected override TimeSpan RestartDelay(int failures) => Delay(failures);

    protected override void Handle(ConsumeResult<string, byte[]> result, CancellationToken stoppingToken) =>
        EvictWithRetries(TagsOf(result.Message.Value), stoppingToken);

    /// <summary>The <c>tags</c> of an event envelope's <c>data</c>; empty when it has none or is not an envelope.</summary>
    public static IReadOnlyList<string> TagsOf(ReadOnlySpan<byte> envelope)
    {
        try
        {
            using var document = JsonDocument.Parse(envelope.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
            {
                return [.. tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)];
            }
        }
        catch (JsonException)
        {
        }

        return [];
    }

    protected override IConsumer<string, byte[]> BuildConsumer()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = messaging.Value.BootstrapServers,
            ClientId = messaging.Value.ClientId,
            GroupId = options.Value.ConsumerGroup,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            AllowAutoCreateTopics = true,
            FetchWaitMaxMs = (int)messaging.Value.Consumer.FetchWaitMax.TotalMilliseconds,

            // A subscribed topic that does not exist yet (no service has published a change since the broker started) is
            // only picked up at a metadata refresh: every 5 s rather than librdkafka's default of 5 minutes.
            TopicMetadataRefreshIntervalMs = 5000,
        };
        return new ConsumerBuilder<string, byte[]>(config)
            .SetErrorHandler((_, error) => LogClientError(logger, error.Code.ToString(), error.Reason))
            .SetPartitionsAssignedHandler((_, partitions) => LogAssigned(logger, string.Join(',', partitions.Select(p => p.Topic + "[" + p.Partition.Value + "]"))))
            .Build();
    }

    private void EvictWithRetries(IReadOnlyList<string> tags, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                cache.EvictAsync(tags, stoppingToken).GetAwaiter().GetResult();
                return;
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Redis is down: a skipped eviction would leave stale entries once it is back, so wait and retry.
                var delay = Delay(attempt);
                LogEvictionFailed(logger, error, attempt, delay.TotalMilliseconds);
                stoppingToken.WaitHandle.WaitOne(delay);
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static TimeSpan Delay(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(attempt - 1, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Response cache eviction failed on attempt {Attempt}; retrying in {DelayMs} ms")]
    private static partial void LogEvictionFailed(ILogger logger, Exception error, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Response cache eviction consumer was assigned {Partitions}")]
    private static partial void LogAssigned(ILogger logger, string partitions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka consumer error (response cache eviction) {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, string code, string reason);
}
