using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Data;

/// <summary>
/// The binary layout of a cursor, base64url encoded: a version byte, a key count, each key as a type tag and its
/// little-endian payload, then the first four bytes of the SHA-256 of everything before them. The checksum is not a
/// signature (cursors are opaque, not secret: a client that forges one only chooses where its page starts); it makes
/// a truncated, mistyped or edited cursor fail as <c>PAGING_INVALID_CURSOR</c> instead of silently paging elsewhere.
/// </summary>
internal static class CursorFormat
{
    public const byte Version = 1;

    /// <summary>Longer cursors are rejected before decoding (a cursor is client input and must be bounded).</summary>
    public const int MaxCursorLength = 4096;

    /// <summary>At most this many ordering keys in one cursor.</summary>
    public const int MaxKeyCount = 16;

    private const int ChecksumLength = 4;

    public static string Encode(ReadOnlySpan<object?> values)
    {
        if (values.Length > MaxKeyCount)
        {
            throw new ArgumentException($"A cursor holds at most {MaxKeyCount} keys; {values.Length} were given.", nameof(values));
        }

        var buffer = new List<byte>(64) { Version, (byte)values.Length };
        foreach (var value in values)
        {
            Write(buffer, value);
        }

        var payload = buffer.ToArray();
        var checksum = SHA256.HashData(payload).AsSpan(0, ChecksumLength);
        var all = new byte[payload.Length + ChecksumLength];
        payload.CopyTo(all, 0);
        checksum.CopyTo(all.AsSpan(payload.Length));
        return Base64Url.EncodeToString(all);
    }

    /// <summary>The cursor's values, or null with the reason when it is not a cursor of this format.</summary>
    public static object?[]? TryDecode(string cursor, out string? reason)
    {
        reason = null;
        if (cursor.Length == 0 || cursor.Length > MaxCursorLength)
        {
            reason = cursor.Length == 0 ? "it is empty" : $"it is longer than {MaxCursorLength} characters";
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            reason = "it is not base64url";
            return null;
        }

        if (bytes.Length < 2 + ChecksumLength)
        {
            reason = "it is too short";
            return null;
        }

        var payload = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!SHA256.HashData(payload).AsSpan(0, ChecksumLength).SequenceEqual(bytes.AsSpan(payload.Length)))
        {
            reason = "its checksum does not match (it was changed or truncated)";
            return null;
        }

        if (payload[0] != Version)
        {
            reason = $"its format version {payload[0]} is not supported";
            return null;
        }

        var count = payload[1];
        if (count > MaxKeyCount)
        {
            reason = "it holds too many keys";
            return null;
        }

        var reader = new Reader(payload[2..].ToArray());
        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            if (!reader.TryRead(out values[i]))
            {
                reason = "its keys are malformed";
                return null;
            }
        }

        if (!reader.AtEnd)
        {
            reason = "it has trailing bytes";
            return null;
        }

        return values;
    }

    private static void Write(List<byte> buffer, object? value)
    {
        Span<byte> scratch = stackalloc byte[16];
        switch (value)
        {
            case null:
                buffer.Add((byte)CursorValueTag.Null);
                break;
            case bool b:
                buffer.Add((byte)(b ? CursorValueTag.True : CursorValueTag.False));
                break;
            case short s:
                BinaryPrimitives.WriteInt16LittleEndian(scratch, s);
                Add(buffer, CursorValueTag.Int16, scratch[..2]);
                break;
            case int i:
                BinaryPrimitives.WriteInt32LittleEndian(scratch, i);
                Add(buffer, CursorValueTag.Int32, scratch[..4]);
                break;
            case long l:
                BinaryPrimitives.WriteInt64LittleEndian(scratch, l);
                Add(buffer, CursorValueTag.Int64, scratch[..8]);
                break;
            case decimal m:
                Span<int> bits = stackalloc int[4];
                decimal.GetBits(m, bits);
                for (var part = 0; part < 4; part++)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(scratch[(part * 4)..], bits[part]);
                }

                Add(buffer, CursorValueTag.Decimal, scratch);
                break;
            case double d:
                BinaryPrimitives.WriteDoubleLittleEndian(scratch, d);
                Add(buffer, CursorValueTag.Double, scratch[..8]);
                break;
            case float f:
                BinaryPrimitives.WriteSingleLittleEndian(scratch, f);
                Add(buffer, CursorValueTag.Single, scratch[..4]);
                break;
            case Guid g:
                g.TryWriteBytes(scratch);
                Add(buffer, CursorValueTag.Guid, scratch);
                break;
            case string text:
                buffer.Add((byte)CursorValueTag.String);
                var utf8 = Encoding.UTF8.GetBytes(text);
                WriteLength(buffer, utf8.Length);
                buffer.AddRange(utf8);
                break;
            case DateTime dt:
                BinaryPrimitives.WriteInt64LittleEndian(scratch, dt.Ticks);
                scratch[8] = (byte)dt.Kind;
                Add(buffer, CursorValueTag.DateTime, scratch[..9]);
                break;
            case DateTimeOffset dto:
                BinaryPrimitives.WriteInt64LittleEndian(scratch, dto.Ticks);
                BinaryPrimitives.WriteInt16LittleEndian(scratch[8..], (short)dto.TotalOffsetMinutes);
                Add(buffer, CursorValueTag.DateTimeOffset, scratch[..10]);
                break;
            case DateOnly date:
                BinaryPrimitives.WriteInt32LittleEndian(scratch, date.DayNumber);
                Add(buffer, CursorValueTag.DateOnly, scratch[..4]);
                break;
            case Enum e:
                // Enums are keyed by their number, so renaming a member keeps old cursors valid.
                Write(buffer, Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException(
                    $"A cursor key of type {value.GetType()} is not supported; use Guid, string, bool, short, int, long, decimal, double, float, DateTime, DateTimeOffset, DateOnly or an enum.",
                    nameof(value));
        }
    }

    private static void Add(List<byte> buffer, CursorValueTag tag, ReadOnlySpan<byte> payload)
    {
        buffer.Add((byte)tag);
        buffer.AddRange(payload);
    }

    private static void WriteLength(List<byte> buffer, int length)
    {
        var remaining = (uint)length;
        while (remaining >= 0x80)
        {
            buffer.Add((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        buffer.Add((byte)remaining);
    }

    private sealed class Reader(byte[] bytes)
    {
        private int _position;

        public bool AtEnd => _position == bytes.Length;

        public bool TryRead(out object? value)
        {
            value = null;
            if (!TryTake(1, out var tagSpan))
            {
                return false;
            }

            switch ((CursorValueTag)tagSpan[0])
            {
                case CursorValueTag.Null:
                    return true;
                case CursorValueTag.False:
                    value = false;
                    return true;
                case CursorValueTag.True:
                    value = true;
                    return true;
                case CursorValueTag.Int16 when TryTake(2, out var s):
                    value = BinaryPrimitives.ReadInt16LittleEndian(s);
                    return true;
                case CursorValueTag.Int32 when TryTake(4, out var i):
                    value = BinaryPrimitives.ReadInt32LittleEndian(i);
                    return true;
                case CursorValueTag.Int64 when TryTake(8, out var l):
                    value = BinaryPrimitives.ReadInt64LittleEndian(l);
                    return true;
                case CursorValueTag.Decimal when TryTake(16, out var m):
                    return TryReadDecimal(m, out value);
                case CursorValueTag.Double when TryTake(8, out var d):
                    value = BinaryPrimitives.ReadDoubleLittleEndian(d);
                    return true;
                case CursorValueTag.Single when TryTake(4, out var f):
                    value = BinaryPrimitives.ReadSingleLittleEndian(f);
                    return true;
                case CursorValueTag.Guid when TryTake(16, out var g):
                    value = new Guid(g);
                    return true;
                case CursorValueTag.String:
                    return TryReadString(out value);
                case CursorValueTag.DateTime when TryTake(9, out var dt):
                    return TryReadDateTime(dt, out value);
                case CursorValueTag.DateTimeOffset when TryTake(10, out var dto):
                    return TryReadDateTimeOffset(dto, out value);
                case CursorValueTag.DateOnly when TryTake(4, out var date):
                    var day = BinaryPrimitives.ReadInt32LittleEndian(date);
                    if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber)
                    {
                        return false;
                    }

                    value = DateOnly.FromDayNumber(day);
                    return true;
                default:
                    return false;
            }
        }

        private bool TryTake(int count, out ReadOnlySpan<byte> span)
        {
            if (bytes.Length - _position < count)
            {
                span = default;
                return false;
            }

            span = bytes.AsSpan(_position, count);
            _position += count;
            return true;
        }

        private bool TryReadString(out object? value)
        {
            value = null;
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28 || !TryTake(1, out var part))
                {
                    return false;
                }

                length |= (part[0] & 0x7F) << shift;
                if ((part[0] & 0x80) == 0)
                {
                    break;
                }
            }

            if (length < 0 || !TryTake(length, out var utf8))
            {
                return false;
            }

            try
            {
                value = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }

        private static bool TryReadDecimal(ReadOnlySpan<byte> span, out object? value)
        {
            value = null;
            Span<int> bits = stackalloc int[4];
            for (var i = 0; i < 4; i++)
            {
                bits[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]);
            }

            try
            {
                value = new decimal(bits);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        private static bool TryReadDateTime(ReadOnlySpan<byte> span, out object? value)
        {
            value = null;
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(span);
            var kind = span[8];
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || kind > (byte)DateTimeKind.Local)
            {
                return false;
            }

            value = new DateTime(ticks, (DateTimeKind)kind);
            return true;
        }

        private static bool TryReadDateTimeOffset(ReadOnlySpan<byte> span, out object? value)
        {
            value = null;
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(span);
            var minutes = BinaryPrimitives.ReadInt16LittleEndian(span[8..]);
            try
            {
                value = new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes));
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }
    }
}
