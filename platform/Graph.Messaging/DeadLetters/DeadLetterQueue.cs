using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Options;

namespace Graph.Messaging;

/// <summary>
/// Operator tooling for <c>&lt;topic&gt;.dlq</c>: list what is parked there and replay one or all
/// messages to their original topic (after the cause is fixed). Replaying never removes the
/// dead letter (Kafka is append-only); the inbox makes a replay of an already handled message harmless.
/// </summary>
public sealed class DeadLetterQueue(IKafkaProducer producer, IOptions<MessagingOptions> options)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Every dead letter of <paramref name="topic"/> (the original topic or its <c>.dlq</c>), oldest first per partition.</summary>
    public Task<IReadOnlyList<DeadLetter>> ListAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return Task.Run<IReadOnlyList<DeadLetter>>(() => Read(DeadLetterTopicOf(topic), cancellationToken), cancellationToken);
    }

    /// <summary>Sends the dead letter at <paramref name="partition"/>/<paramref name="offset"/> of the DLQ back to its original topic.</summary>
    public async Task<KafkaDelivery> ReplayAsync(string topic, int partition, long offset, CancellationToken cancellationToken = default)
    {
        var letters = await ListAsync(topic, cancellationToken).ConfigureAwait(false);
        var letter = letters.FirstOrDefault(l => l.Partition == partition && l.Offset == offset)
            ?? throw new InvalidOperationException($"No dead letter at partition {partition}, offset {offset} of {DeadLetterTopicOf(topic)}.");
        return await ReplayAsync(letter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replays every dead letter of <paramref name="topic"/>; returns how many were sent.</summary>
    public async Task<int> ReplayAllAsync(string topic, CancellationToken cancellationToken = default)
    {
        var letters = await ListAsync(topic, cancellationToken).ConfigureAwait(false);
        foreach (var letter in letters)
        {
            await ReplayAsync(letter, cancellationToken).ConfigureAwait(false);
        }

        return letters.Count;
    }

    public Task<KafkaDelivery> ReplayAsync(DeadLetter letter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var headers = letter.Headers.Where(h => !MessageHeaders.IsDeadLetterHeader(h.Key)).ToList();
        headers.Add(new(MessageHeaders.ReplayedFrom, Encoding.UTF8.GetBytes(letter.Position)));
        return producer.ProduceAsync(new KafkaMessage(letter.OriginalTopic, letter.Key, letter.Value, headers), cancellationToken);
    }

    private static string DeadLetterTopicOf(string topic) =>
        topic.EndsWith(MessageHeaders.DeadLetterSuffix, StringComparison.Ordinal) ? topic : MessageHeaders.DeadLetterTopic(topic);

    private List<DeadLetter> Read(string deadLetterTopic, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var config = new ConsumerConfig
        {
            BootstrapServers = settings.BootstrapServers,
            ClientId = settings.ClientId,
            // Partitions are assigned by hand and nothing is committed, so this group never forms.
            GroupId = "graph-dlq-reader-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
            EnablePartitionEof = true,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config).SetLogHandler(static (_, _) => { }).Build();
        var ends = new Dictionary<int, long>();
        var starts = new List<TopicPartitionOffset>();
        foreach (var partition in Partitions(settings, deadLetterTopic))
        {
            var watermarks = consumer.QueryWatermarkOffsets(new TopicPartition(deadLetterTopic, partition), ReadTimeout);
            if (watermarks.High.Value > watermarks.Low.Value)
            {
                ends[partition] = watermarks.High.Value;
                starts.Add(new TopicPartitionOffset(deadLetterTopic, partition, watermarks.Low));
            }
        }

        var letters = new List<DeadLetter>();
        if (starts.Count == 0)
        {
            return letters;
        }

        consumer.Assign(starts);
        var deadline = DateTime.UtcNow + ReadTimeout;
        while (ends.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Reading {deadLetterTopic} did not reach the end of partitions {string.Join(',', ends.Keys)} within {ReadTimeout.TotalSeconds} s.");
            }

            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            if (!result.IsPartitionEOF)
            {
                letters.Add(ToDeadLetter(result));
            }

            if (result.IsPartitionEOF || result.Offset.Value + 1 >= ends.GetValueOrDefault(result.Partition.Value, long.MaxValue))
            {
                ends.Remove(result.Partition.Value);
            }
        }

        consumer.Close();
        return letters.OrderBy(l => l.Partition).ThenBy(l => l.Offset).ToList();
    }

    private static int[] Partitions(MessagingOptions settings, string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = settings.BootstrapServers })
            .SetLogHandler(static (_, _) => { })
            .Build();
        var metadata = admin.GetMetadata(topic, ReadTimeout);
        var topicMetadata = metadata.Topics.FirstOrDefault(t => t.Topic == topic);
        return topicMetadata is null || topicMetadata.Error.IsError
            ? []
            : topicMetadata.Partitions.Select(p => p.PartitionId).Order().ToArray();
    }

    private static DeadLetter ToDeadLetter(ConsumeResult<string, byte[]> result)
    {
        var headers = result.Message.Headers?.Select(h => new KeyValuePair<string, byte[]>(h.Key, h.GetValueBytes())).ToList() ?? [];
        string? Get(string key) => KafkaHeaders.Get(result.Message.Headers, key);
        Guid? messageId = null;
        string? eventType = Get(MessageHeaders.EventType);
        try
        {
            var envelope = EventEnvelope.Parse(result.Message.Value ?? []);
            messageId = envelope.Id;
            eventType = envelope.Type;
        }
        catch (MalformedMessageException)
        {
            // Parked because it is not an envelope; the operator still sees its position and error.
        }

        return new DeadLetter(
            result.Topic,
            result.Partition.Value,
            result.Offset.Value,
            result.Message.Key ?? string.Empty,
            messageId,
            eventType,
            Get(MessageHeaders.OriginalTopic) ?? result.Topic[..^MessageHeaders.DeadLetterSuffix.Length],
            ParseInt(Get(MessageHeaders.OriginalPartition)),
            long.TryParse(Get(MessageHeaders.OriginalOffset), CultureInfo.InvariantCulture, out var offset) ? offset : null,
            Get(MessageHeaders.ConsumerGroup),
            Get(MessageHeaders.ErrorMessage),
            Get(MessageHeaders.ErrorType),
            ParseInt(Get(MessageHeaders.Attempts)),
            DateTimeOffset.TryParse(Get(MessageHeaders.FailedAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var failedAt) ? failedAt : null,
            result.Message.Value ?? [],
            headers);
    }

    private static int? ParseInt(string? value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
}
