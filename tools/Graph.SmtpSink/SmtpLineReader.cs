using System.Text;

namespace Graph.SmtpSink;

/// <summary>
/// Reads CRLF-terminated lines from a connection (RFC 5321 section 2.3.8), without holding more than
/// <c>maxLength</c> bytes of one line: a longer line is consumed to its end and reported as too long.
/// </summary>
internal sealed class SmtpLineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    /// <summary>The next line without its CRLF; null at end of stream. <c>TooLong</c>: the line exceeded the limit and is null.</summary>
    public async Task<(string? Line, bool TooLong)> ReadLineAsync(int maxLength, CancellationToken ct)
    {
        var line = new MemoryStream();
        var tooLong = false;
        while (true)
        {
            for (var i = _start; i < _end; i++)
            {
                if (_buffer[i] != (byte)'\n') continue;
                Append(line, _buffer.AsSpan(_start, i - _start), maxLength, ref tooLong);
                _start = i + 1;
                if (tooLong) return (null, true);
                var bytes = line.ToArray();
                var length = bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes.Length - 1 : bytes.Length;
                return (Encoding.UTF8.GetString(bytes, 0, length), false);
            }
            Append(line, _buffer.AsSpan(_start, _end - _start), maxLength, ref tooLong);
            _start = _end = 0;
            var read = await stream.ReadAsync(_buffer, ct);
            if (read == 0) return (null, false);
            _end = read;
        }
    }

    private static void Append(MemoryStream line, ReadOnlySpan<byte> bytes, int maxLength, ref bool tooLong)
    {
        if (tooLong) return;
        // +1: the CR that ends the line is still in the line at this point.
        if (line.Length + bytes.Length > maxLength + 1)
        {
            tooLong = true;
            line.SetLength(0);
            return;
        }
        line.Write(bytes);
    }
}
