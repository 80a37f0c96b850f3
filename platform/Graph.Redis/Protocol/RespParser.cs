using System.Buffers;
using System.Buffers.Text;

namespace Graph.Redis;

/// <summary>
/// Incremental RESP2/RESP3 reply parser
/// (https://redis.io/docs/latest/develop/reference/protocol-spec/). It works on whatever bytes
/// have arrived: when a reply is incomplete it reports so without consuming anything, and the
/// caller retries once more bytes are buffered.
/// </summary>
public static class RespParser
{
    // Deep enough for any real reply, shallow enough that a hostile server cannot overflow the stack.
    private const int MaxDepth = 256;

    /// <summary>
    /// Parses one reply from the start of <paramref name="buffer"/>. On success the buffer is
    /// sliced past the reply; when the reply is incomplete it is left unchanged.
    /// </summary>
    /// <exception cref="RedisProtocolException">The bytes are not valid RESP.</exception>
    public static bool TryParse(ref ReadOnlySequence<byte> buffer, out RespValue value)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (!TryRead(ref reader, out value))
        {
            return false;
        }

        buffer = buffer.Slice(reader.Position);
        return true;
    }

    /// <summary>Parses one reply; on false the reader's position is undefined and the caller rewinds.</summary>
    internal static bool TryRead(ref SequenceReader<byte> reader, out RespValue value) =>
        TryRead(ref reader, out value, depth: 0);

    private static bool TryRead(ref SequenceReader<byte> reader, out RespValue value, int depth)
    {
        value = default;
        if (depth > MaxDepth)
        {
            throw new RedisProtocolException($"Reply nesting deeper than {MaxDepth} levels.");
        }

        if (!reader.TryRead(out var prefix))
        {
            return false;
        }

        switch (prefix)
        {
            case (byte)'+':
                return TryReadLineValue(ref reader, RespType.SimpleString, out value);
            case (byte)'-':
                return TryReadLineValue(ref reader, RespType.SimpleError, out value);
            case (byte)'(':
                return TryReadLineValue(ref reader, RespType.BigNumber, out value);
            case (byte)':':
                return TryReadInteger(ref reader, out value);
            case (byte)'$':
                return TryReadBlob(ref reader, RespType.BulkString, allowNull: true, out value);
            case (byte)'!':
                return TryReadBlob(ref reader, RespType.BulkError, allowNull: false, out value);
            case (byte)'=':
                return TryReadBlob(ref reader, RespType.VerbatimString, allowNull: false, out value);
            case (byte)'*':
                return TryReadAggregate(ref reader, RespType.Array, 1, depth, out value);
            case (byte)'~':
                return TryReadAggregate(ref reader, RespType.Set, 1, depth, out value);
            case (byte)'>':
                return TryReadAggregate(ref reader, RespType.Push, 1, depth, out value);
            case (byte)'%':
                return TryReadAggregate(ref reader, RespType.Map, 2, depth, out value);
            case (byte)'|':
                return TryReadAttributed(ref reader, depth, out value);
            case (byte)'_':
                if (!TryReadLine(ref reader, out var empty))
                {
                    return false;
                }

                value = empty.IsEmpty ? RespValue.Null : throw Malformed("null", empty);
                return true;
            case (byte)'#':
                return TryReadBoolean(ref reader, out value);
            case (byte)',':
                if (!TryReadLine(ref reader, out var number))
                {
                    return false;
                }

                value = RespValue.Double(RespValue.String(RespType.SimpleString, number.ToArray()).AsDouble());
                return true;
            default:
                throw new RedisProtocolException($"Unknown RESP type byte 0x{prefix:X2} ('{(char)prefix}').");
        }
    }

    private static bool TryReadLineValue(ref SequenceReader<byte> reader, RespType type, out RespValue value)
    {
        value = default;
        if (!TryReadLine(ref reader, out var line))
        {
            return false;
        }

        value = RespValue.String(type, line.ToArray());
        return true;
    }

    private static bool TryReadInteger(ref SequenceReader<byte> reader, out RespValue value)
    {
        value = default;
        if (!TryReadLine(ref reader, out var line))
        {
            return false;
        }

        value = RespValue.Integer(ParseInt64(line, "integer"));
        return true;
    }

    private static bool TryReadBoolean(ref SequenceReader<byte> reader, out RespValue value)
    {
        value = default;
        if (!TryReadLine(ref reader, out var line))
        {
            return false;
        }

        value = line.Length == 1 && line[0] is (byte)'t' or (byte)'f'
            ? RespValue.Boolean(line[0] == (byte)'t')
            : throw Malformed("boolean", line);
        return true;
    }

    private static bool TryReadBlob(ref SequenceReader<byte> reader, RespType type, bool allowNull, out RespValue value)
    {
        value = default;
        if (!TryReadLine(ref reader, out var header))
        {
            return false;
        }

        if (header.SequenceEqual("?"u8))
        {
            return TryReadStreamedBlob(ref reader, type, out value);
        }

        var length = ParseInt64(header, "length");
        if (length == -1 && allowNull)
        {
            value = RespValue.Null;
            return true;
        }

        if (length < 0 || length > int.MaxValue - 2)
        {
            throw Malformed("length", header);
        }

        if (!TryReadExact(ref reader, (int)length, out var bytes))
        {
            return false;
        }

        value = RespValue.String(type, bytes);
        return true;
    }

    // RESP3 streamed string: "$?\r\n" then ";<len>\r\n<data>\r\n" chunks ending with ";0\r\n".
    private static bool TryReadStreamedBlob(ref SequenceReader<byte> reader, RespType type, out RespValue value)
    {
        value = default;
        var chunks = new ArrayBufferWriter<byte>();
        while (true)
        {
            if (!reader.TryRead(out var marker))
            {
                return false;
            }

            if (marker != (byte)';')
            {
                throw new RedisProtocolException($"Expected ';' in a streamed string, got 0x{marker:X2}.");
            }

            if (!TryReadLine(ref reader, out var header))
            {
                return false;
            }

            var length = ParseInt64(header, "chunk length");
            if (length == 0)
            {
                value = RespValue.String(type, chunks.WrittenSpan.ToArray());
                return true;
            }

            if (length < 0 || length > int.MaxValue - 2)
            {
                throw Malformed("chunk length", header);
            }

            if (!TryReadExact(ref reader, (int)length, out var chunk))
            {
                return false;
            }

            chunks.Write(chunk);
        }
    }

    private static bool TryReadAggregate(
        ref SequenceReader<byte> reader, RespType type, int itemsPerEntry, int depth, out RespValue value)
    {
        value = default;
        if (!TryReadLine(ref reader, out var header))
        {
            return false;
        }

        if (header.SequenceEqual("?"u8))
        {
            return TryReadStreamedAggregate(ref reader, type, depth, out value);
        }

        var count = ParseInt64(header, "count");
        if (count == -1 && type == RespType.Array)
        {
            value = RespValue.Null;
            return true;
        }

        // Every element takes at least three bytes, so a count beyond what is buffered cannot be
        // complete yet; this also stops a bogus huge count from allocating a huge array.
        if (count < 0 || count > int.MaxValue / itemsPerEntry)
        {
            throw Malformed("count", header);
        }

        var total = (int)count * itemsPerEntry;
        if (total > reader.Remaining / 3)
        {
            return false;
        }

        var items = total == 0 ? [] : new RespValue[total];
        for (var i = 0; i < total; i++)
        {
            if (!TryRead(ref reader, out items[i], depth + 1))
            {
                return false;
            }
        }

        value = RespValue.Aggregate(type, items);
        return true;
    }

    // RESP3 streamed aggregate: "*?\r\n" (or "%?", "~?") then elements, ending with ".\r\n".
    private static bool TryReadStreamedAggregate(ref SequenceReader<byte> reader, RespType type, int depth, out RespValue value)
    {
        value = default;
        var items = new List<RespValue>();
        while (true)
        {
            if (!reader.TryPeek(out var next))
            {
                return false;
            }

            if (next == (byte)'.')
            {
                reader.Advance(1);
                if (!TryReadLine(ref reader, out var end))
                {
                    return false;
                }

                if (!end.IsEmpty)
                {
                    throw Malformed("stream end", end);
                }

                value = RespValue.Aggregate(type, [.. items]);
                return true;
            }

            if (!TryRead(ref reader, out var item, depth + 1))
            {
                return false;
            }

            items.Add(item);
        }
    }

    // RESP3 attributes ("|<n>" then n key/value pairs) describe the reply that follows them.
    private static bool TryReadAttributed(ref SequenceReader<byte> reader, int depth, out RespValue value)
    {
        value = default;
        if (!TryReadAggregate(ref reader, RespType.Map, 2, depth, out var attributes))
        {
            return false;
        }

        if (!TryRead(ref reader, out var actual, depth + 1))
        {
            return false;
        }

        value = actual.WithAttributes(attributes.Items);
        return true;
    }

    private static bool TryReadExact(ref SequenceReader<byte> reader, int length, out byte[] bytes)
    {
        bytes = [];
        if (reader.Remaining < length + 2L)
        {
            return false;
        }

        bytes = length == 0 ? [] : new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true))
        {
            throw new RedisProtocolException("A string's data is not followed by CRLF.");
        }

        return true;
    }

    private static bool TryReadLine(ref SequenceReader<byte> reader, out ReadOnlySpan<byte> line) =>
        reader.TryReadTo(out line, "\r\n"u8, advancePastDelimiter: true);

    private static long ParseInt64(ReadOnlySpan<byte> text, string what) =>
        Utf8Parser.TryParse(text, out long value, out var consumed) && consumed == text.Length && consumed > 0
            ? value
            : throw Malformed(what, text);

    private static RedisProtocolException Malformed(string what, ReadOnlySpan<byte> text) =>
        new($"Malformed RESP {what}: '{System.Text.Encoding.ASCII.GetString(text)}'.");
}
