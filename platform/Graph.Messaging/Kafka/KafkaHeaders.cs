using System.Text;
using Confluent.Kafka;

namespace Graph.Messaging;

internal static class KafkaHeaders
{
    public static string? Get(Headers? headers, string key) =>
        headers is not null && headers.TryGetLastBytes(key, out var value) ? Encoding.UTF8.GetString(value) : null;
}
