using System.Buffers.Text;
using System.Text;

namespace Graph.Benchmarks.Http;

/// <summary>One HTTP/1.1 response as <see cref="Http11ResponseReader"/> read it; <see cref="Body"/> is valid until the next read.</summary>
internal readonly record struct Http11Response(int StatusCode, ReadOnlyMemory<byte> Body, bool KeepAlive);

/// <summary>
/// Reads HTTP/1.1 responses, one after the other, from a keep-alive connection (RFC 9112): the status line, the header
/// fields, then the body framed by <c>Transfer-Encoding: chunked</c> (whose chunk extensions and trailer fields are
/// skipped), by <c>Content-Length</c>, or by the end of the connection; interim 1xx responses are skipped. Buffers
/// are reused from one response to the next, so a load generator's reads allocate nothing once they have grown.
/// A response the reader cannot frame throws <see cref="InvalidDataException"/>; a connection closed mid-response,
/// <see cref="EndOfStreamException"/>. Header and body sizes are limited.
/// </summary>
internal sealed class Http11ResponseReader(Stream connection)
{
    /// <summary>The status line and header fields together (servers commonly refuse more than 8-16 KB too).</summary>
    public const int MaxHeaderBytes = 64 * 1024;

    /// <summary>A body larger than this is a broken server for a benchmark's GraphQL answers.</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private byte[] _body = new byte[16 * 1024];
    private int _bodyLength;

    /// <summary>Reads the next final (non-1xx) response.</summary>
    public async ValueTask<Http11Response> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var headerEnd = await ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
            var head = ParseHead(_buffer.AsSpan(_start, headerEnd - _start));
            _start = headerEnd;
            if (head.StatusCode is >= 100 and < 200)
            {
                continue; // 100 Continue, 103 Early Hints: the final response follows on the same connection.
            }

            _bodyLength = 0;
            var keepAlive = head.KeepAlive;
            if (head.StatusCode is 204 or 304)
            {
                // No body, whatever the header fields say (RFC 9112 section 6.3).
            }
            else if (head.Chunked)
            {
                await ReadChunkedAsync(cancellationToken).ConfigureAwait(false);
            }
            else if (head.ContentLength is { } length)
            {
                await ReadBytesAsync(length, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                keepAlive = false;
            }

            return new Http11Response(head.StatusCode, _body.AsMemory(0, _bodyLength), keepAlive);
        }
    }

    private readonly record struct Head(int StatusCode, long? ContentLength, bool Chunked, bool KeepAlive);

    private static Head ParseHead(ReadOnlySpan<byte> head)
    {
        // Status line: HTTP-version SP status-code SP [reason-phrase] CRLF
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = head[..lineEnd];
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8) || statusLine[8] != (byte)' '
            || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out var digits) || digits != 3)
        {
            throw new InvalidDataException($"Not an HTTP/1.x status line: {Printable(statusLine)}");
        }

        // HTTP/1.1 keeps the connection open by default, HTTP/1.0 closes it unless asked otherwise.
        var keepAlive = statusLine[7] == (byte)'1';
        long? contentLength = null;
        var chunked = false;
        var fields = head[(lineEnd + 2)..];
        while (fields.Length > 0)
        {
            var end = fields.IndexOf("\r\n"u8);
            var field = end < 0 ? fields : fields[..end];
            fields = end < 0 ? default : fields[(end + 2)..];
            if (field.IsEmpty)
            {
                break;
            }

            var colon = field.IndexOf((byte)':');
            if (colon <= 0)
            {
                throw new InvalidDataException($"Malformed header field: {Printable(field)}");
            }

            var name = field[..colon];
            var value = field[(colon + 1)..].Trim(" \t"u8);
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!Utf8Parser.TryParse(value, out long parsed, out var used) || used != value.Length || parsed < 0
                    || (contentLength is { } earlier && earlier != parsed))
                {
                    throw new InvalidDataException($"Invalid Content-Length: {Printable(value)}");
                }

                contentLength = parsed;
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                // chunked must be the last coding applied (RFC 9112 section 6.1); anything else is framed by the close.
                chunked = LastToken(value) is var last && Ascii.EqualsIgnoreCase(last, "chunked"u8);
                if (!chunked)
                {
                    keepAlive = false;
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                if (HasToken(value, "close"u8))
                {
                    keepAlive = false;
                }
                else if (HasToken(value, "keep-alive"u8))
                {
                    keepAlive = true;
                }
            }
        }

        // Transfer-Encoding overrides Content-Length (RFC 9112 section 6.3).
        return new Head(status, chunked ? null : contentLength, chunked, keepAlive);
    }

    private async ValueTask ReadChunkedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // chunk-size [ chunk-ext ] CRLF
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            var sizeText = _buffer.AsSpan(_start, line);
            var extension = sizeText.IndexOfAny((byte)';', (byte)' ', (byte)'\t');
            if (extension >= 0)
            {
                sizeText = sizeText[..extension];
            }

            if (sizeText.IsEmpty || sizeText.Length > 8 || !Utf8Parser.TryParse(sizeText, out uint size, out var used, 'X') || used != sizeText.Length)
            {
                throw new InvalidDataException($"Invalid chunk size: {Printable(_buffer.AsSpan(_start, line))}");
            }

            _start += line + 2;
            if (size == 0)
            {
                // trailer-section CRLF: skip trailer fields up to the empty line.
                while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is var trailer && trailer > 0)
                {
                    _start += trailer + 2;
                }

                _start += 2;
                return;
            }

            await ReadBytesAsync(size, cancellationToken).ConfigureAwait(false);
            if (await ReadLineAsync(cancellationToken).ConfigureAwait(false) != 0)
            {
                throw new InvalidDataException("A chunk's data is not followed by CRLF.");
            }

            _start += 2;
        }
    }

    /// <summary>Appends <paramref name="count"/> body bytes: what is buffered first, then straight from the connection.</summary>
    private async ValueTask ReadBytesAsync(long count, CancellationToken cancellationToken)
    {
        var required = _bodyLength + count;
        if (required > MaxBodyBytes)
        {
            throw new InvalidDataException($"The body is larger than {MaxBodyBytes} bytes.");
        }

        EnsureBodyCapacity((int)required);
        var buffered = (int)Math.Min(count, _end - _start);
        _buffer.AsSpan(_start, buffered).CopyTo(_body.AsSpan(_bodyLength));
        _start += buffered;
        _bodyLength += buffered;
        while (_bodyLength < required)
        {
            var read = await connection.ReadAsync(_body.AsMemory(_bodyLength, (int)required - _bodyLength), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException($"The connection closed {required - _bodyLength} bytes before the end of the body.");
            }

            _bodyLength += read;
        }
    }

    private async ValueTask ReadToEndAsync(CancellationToken cancellationToken)
    {
        var buffered = _end - _start;
        EnsureBodyCapacity(buffered);
        _buffer.AsSpan(_start, buffered).CopyTo(_body);
        _bodyLength = buffered;
        _start = _end;
        while (true)
        {
            if (_bodyLength == _body.Length)
            {
                if (_bodyLength >= MaxBodyBytes)
                {
                    throw new InvalidDataException($"The body is larger than {MaxBodyBytes} bytes.");
                }

                EnsureBodyCapacity(_bodyLength + 1);
            }

            var read = await connection.ReadAsync(_body.AsMemory(_bodyLength), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return;
            }

            _bodyLength += read;
        }
    }

    /// <summary>Buffers up to the end of the header section; returns the offset just past its empty line.</summary>
    private async ValueTask<int> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var at = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf("\r\n\r\n"u8);
            if (at >= 0)
            {
                return _start + searched + at + 4;
            }

            searched = Math.Max(0, _end - _start - 3);
            if (_end - _start >= MaxHeaderBytes)
            {
                throw new InvalidDataException($"The header section is larger than {MaxHeaderBytes} bytes.");
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Buffers up to the next CRLF; returns the line's length without it (the line starts at <see cref="_start"/>).</summary>
    private async ValueTask<int> ReadLineAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var at = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf("\r\n"u8);
            if (at >= 0)
            {
                return searched + at;
            }

            searched = Math.Max(0, _end - _start - 1);
            if (_end - _start >= MaxHeaderBytes)
            {
                throw new InvalidDataException($"A chunk line is longer than {MaxHeaderBytes} bytes.");
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads more bytes after the buffered ones, moving them to the front (or growing the buffer) first.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await connection.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException(_end == 0 ? "The connection closed before a response." : "The connection closed mid-response.");
        }

        _end += read;
    }

    private void EnsureBodyCapacity(int required)
    {
        if (required > _body.Length)
        {
            Array.Resize(ref _body, Math.Min(MaxBodyBytes, Math.Max(required, _body.Length * 2)));
        }
    }

    private static ReadOnlySpan<byte> LastToken(ReadOnlySpan<byte> list)
    {
        var comma = list.LastIndexOf((byte)',');
        return (comma < 0 ? list : list[(comma + 1)..]).Trim(" \t"u8);
    }

    private static bool HasToken(ReadOnlySpan<byte> list, ReadOnlySpan<byte> token)
    {
        foreach (var range in list.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(list[range].Trim(" \t"u8), token))
            {
                return true;
            }
        }

        return false;
    }

    private static string Printable(ReadOnlySpan<byte> bytes) =>
        Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
}
