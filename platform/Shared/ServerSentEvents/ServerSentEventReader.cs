using System.Text;

// Shared source, compiled into each assembly that reads an event stream (linked by Graph.Client, the .NET client's
// runtime, which depends on nothing of ours, and by Graph.Fusion.Execution, the gateway's subgraph subscriptions):
// one parser, internal to each.
namespace Graph.ServerSentEvents;

/// <summary>One dispatched server-sent event: its type (<c>message</c> when none was given) and its data.</summary>
internal sealed record ServerSentEvent(string Event, byte[] Data);

/// <summary>
/// Parses a <c>text/event-stream</c> (HTML Living Standard, "Server-sent events", interpreting an event stream): lines
/// end with LF or CRLF, <c>:</c> starts a comment, <c>data</c> lines are joined with LF, a blank line dispatches.
/// One event's lines may not exceed <c>maxEventBytes</c> together, checked while a line is read (a line without end
/// cannot grow past it); <c>tooLarge</c> makes the caller's exception for that.
/// </summary>
internal sealed class ServerSentEventReader(Stream stream, long maxEventBytes, Func<long, Exception> tooLarge)
{
    private readonly byte[] _buffer = new byte[8 * 1024];
    private readonly MemoryStream _line = new();
    private readonly MemoryStream _data = new();
    private int _start;
    private int _end;
    private string? _event;
    private bool _hasData;
    private long _eventBytes;

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<ServerSentEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (Dispatch() is { } dispatched)
                {
                    return dispatched;
                }

                continue;
            }

            Process(line);
        }

        return null;
    }

    private ServerSentEvent? Dispatch()
    {
        var result = _hasData ? new ServerSentEvent(_event ?? "message", _data.ToArray()) : null;
        _event = null;
        _hasData = false;
        _eventBytes = 0;
        _data.SetLength(0);
        return result;
    }

    private void Process(byte[] line)
    {
        if (line[0] == (byte)':')
        {
            return;
        }

        var colon = Array.IndexOf(line, (byte)':');
        var field = Encoding.UTF8.GetString(line, 0, colon < 0 ? line.Length : colon);
        var valueStart = colon < 0 ? line.Length : colon + 1;
        if (valueStart < line.Length && line[valueStart] == (byte)' ')
        {
            valueStart++;
        }

        var value = line.AsSpan(valueStart);
        switch (field)
        {
            case "event":
                _event = Encoding.UTF8.GetString(value);
                break;
            case "data":
                if (_hasData)
                {
                    _data.WriteByte((byte)'\n');
                }

                _data.Write(value);
                _hasData = true;
                break;
        }
    }

    private async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.SetLength(0);
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (_end == 0)
                {
                    return null;
                }
            }

            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            _eventBytes += stop - _start;
            if (_eventBytes > maxEventBytes)
            {
                throw tooLarge(maxEventBytes);
            }

            _line.Write(_buffer, _start, stop - _start);
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                var line = _line.ToArray();
                return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
            }
        }
    }
}
