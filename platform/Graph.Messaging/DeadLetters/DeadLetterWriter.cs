using System.Globalization;
using System.Text;
using Confluent.Kafka;

namespace Graph.Messaging;

/// <summary>Parks a message that exhausted its attempts in <c>&lt;topic&gt;.dlq</c>, with the error in headers.</summary>
internal sealed class DeadLetterWriter(IKafkaProducer producer, string groupId)
{
    private const int MaxErrorLength = 4000;

    /// <summary>Keeps trying until the dead letter is stored: the source offset must not be committed before.</summary>
    public void Write(ConsumeResult<string, byte[]> result, Exception error, int attempts, ConsumerSettings settings, CancellationToken cancellationToken)
    {
        var message = Create(result, error, attempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                producer.ProduceAsync(message, cancellationToken).GetAwaiter().GetResult();
                return;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                cancellationToken.WaitHandle.WaitOne(Backoff.Compute(attempt, settings.InitialBackoff, settings.MaxBackoff));
            }
        }
    }

    private KafkaMessage Create(ConsumeResult<string, byte[]> result, Exception error, int attempts)
    {
        var headers = new List<KeyValuePair<string, byte[]>>();
        foreach (var header in result.Message.Headers ?? [])
        {
            // A replayed message that failed again carries the new error, not the old one.
            if (!MessageHeaders.IsDeadLetterHeader(header.Key))
            {
                headers.Add(new(header.Key, header.GetValueBytes()));
            }
        }

        var text = error.Message.Length > MaxErrorLength ? error.Message[..MaxErrorLength] : error.Message;
        Add(headers, MessageHeaders.ErrorMessage, text);
        Add(headers, MessageHeaders.ErrorType, error.GetType().FullName ?? error.GetType().Name);
        Add(headers, MessageHeaders.Attempts, attempts.ToString(CultureInfo.InvariantCulture));
        Add(headers, MessageHeaders.OriginalTopic, result.Topic);
        Add(headers, MessageHeaders.OriginalPartition, result.Partition.Value.ToString(CultureInfo.InvariantCulture));
        Add(headers, MessageHeaders.OriginalOffset, result.Offset.Value.ToString(CultureInfo.InvariantCulture));
        Add(headers, MessageHeaders.ConsumerGroup, groupId);
        Add(headers, MessageHeaders.FailedAt, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return new KafkaMessage(
            MessageHeaders.DeadLetterTopic(result.Topic), result.Message.Key ?? string.Empty, result.Message.Value ?? [], headers);
    }

    private static void Add(List<KeyValuePair<string, byte[]>> headers, string key, string value) =>
        headers.Add(new(key, Encoding.UTF8.GetBytes(value)));
}
