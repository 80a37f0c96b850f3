using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Messaging;

/// <summary>
/// The consume loop every Kafka consumer of the platform runs: librdkafka's blocking <c>Consume</c> on a thread of its
/// own; each message is handled (<see cref="Handle"/> retries as it sees fit), then its offset is committed, so a
/// crash or restart redelivers a message whose handling did not finish; a consumer that fails (e.g. a commit rejected
/// after a rebalance) is closed and rebuilt after <see cref="RestartDelay"/>. <see cref="KafkaConsumerHost{TDbContext}"/>
/// handles through the inbox; a consumer whose handling is idempotent by nature (the gateway's cache eviction) needs none.
/// </summary>
public abstract partial class KafkaConsumerLoop : BackgroundService
{
    private readonly ILogger _logger;

    protected KafkaConsumerLoop(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>What the consumer is, for its thread's name and the logs (e.g. <c>order.create/catalog</c>).</summary>
    protected abstract string Name { get; }

    /// <summary>The topics the consumer subscribes to.</summary>
    protected abstract IReadOnlyCollection<string> Topics { get; }

    /// <summary>A new consumer (its group, its settings and its log handlers), built at every (re)start.</summary>
    protected abstract IConsumer<string, byte[]> BuildConsumer();

    /// <summary>
    /// Handles one message; the offset is committed when this returns. Throwing (other than on stopping) restarts the
    /// consumer, which delivers the message again.
    /// </summary>
    protected abstract void Handle(ConsumeResult<string, byte[]> result, CancellationToken stoppingToken);

    /// <summary>How long to wait before rebuilding a consumer that failed <paramref name="failures"/> times in a row.</summary>
    protected abstract TimeSpan RestartDelay(int failures);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run(stoppingToken);
                completion.TrySetResult();
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "kafka " + Name,
        };
        thread.Start();
        return completion.Task;
    }

    private void Run(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                ConsumeUntilStopped(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var delay = RestartDelay(failures);
                LogConsumerFailed(ex, Name, delay.TotalMilliseconds);
                stoppingToken.WaitHandle.WaitOne(delay);
            }
        }
    }

    private void ConsumeUntilStopped(CancellationToken stoppingToken)
    {
        using var consumer = BuildConsumer();
        consumer.Subscribe(Topics);
        try
        {
            while (true)
            {
                var result = consumer.Consume(stoppingToken);
                if (result?.Message is null)
                {
                    continue;
                }

                Handle(result, stoppingToken);
                consumer.Commit(result);
            }
        }
        finally
        {
            // Leave the group now rather than after the session timeout, so a restart rebalances fast.
            consumer.Close();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Kafka consumer {Consumer} failed; restarting in {DelayMs} ms")]
    private partial void LogConsumerFailed(Exception exception, string consumer, double delayMs);
}
