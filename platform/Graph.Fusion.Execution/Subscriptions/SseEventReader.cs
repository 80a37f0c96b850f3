using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Fusion.Execution.Subscriptions;

/// <summary>Reads server-sent events (<c>event:</c>/<c>data:</c> lines, blank line ends an event; comments skipped).</summary>
internal static class SseEventReader
{
    public static async IAsyncEnumerable<(string Event, string Data)> ReadAsync(Stream stream, long maxEventBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var eventName = "message";
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0 || eventName != "message")
                {
                    yield return (eventName, data.ToString());
                }

                eventName = "message";
                data.Clear();
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                eventName = value;
            }
            else if (field == "data")
            {
                if (data.Length > 0)
                {
                    data.Append('\n');
                }

                data.Append(value);
                if (data.Length > maxEventBytes)
                {
                    throw new InvalidDataException($"A server-sent event is larger than {maxEventBytes} bytes.");
                }
            }
        }
    }
}
