using System.Globalization;
using System.Numerics;
using System.Text;

namespace Graph.Redis;

/// <summary>
/// One parsed RESP reply. A small struct so that integer and status replies allocate nothing;
/// strings keep their bytes (decoded on demand) and aggregates keep their elements.
/// </summary>
public readonly struct RespValue : IEquatable<RespValue>
{
    private static readonly byte[] Ok = "OK"u8.ToArray();
    private static readonly byte[] Pong = "PONG"u8.ToArray();

    // Integer, Boolean (0/1) and Double (as raw bits) share one field.
    private readonly long _number;
    private readonly object? _payload;

    private RespValue(RespType type, long number, object? payload)
    {
        Type = type;
        _number = number;
        _payload = payload;
    }

    public RespType Type { get; }

    /// <summary>Server-side attributes (RESP3 <c>|</c>) that preceded this reply, flattened like a map; usually null.</summary>
    public RespValue[]? Attributes => _payload is AttributedPayload attributed ? attributed.Attributes : null;

    public static RespValue Null { get; } = new(RespType.Null, 0, null);

    public bool IsNull => Type == RespType.Null;

    public bool IsError => Type is RespType.SimpleError or RespType.BulkError;

    public bool IsAggregate => Type is RespType.Array or RespType.Map or RespType.Set or RespType.Push;

    /// <summary>Elements of an array, set or push; a map's keys and values alternate.</summary>
    public RespValue[] Items => Payload as RespValue[] ?? [];

    private object? Payload => _payload is AttributedPayload attributed ? attributed.Value : _payload;

    public static RespValue Integer(long value) => new(RespType.Integer, value, null);

    public static RespValue Boolean(bool value) => new(RespType.Boolean, value ? 1 : 0, null);

    public static RespValue Double(double value) => new(RespType.Double, BitConverter.DoubleToInt64Bits(value), null);

    public static RespValue String(RespType type, byte[] bytes)
    {
        if (type == RespType.SimpleString)
        {
            // The two most frequent replies share one buffer each instead of allocating per reply.
            if (bytes.AsSpan().SequenceEqual(Ok))
            {
                bytes = Ok;
            }
            else if (bytes.AsSpan().SequenceEqual(Pong))
            {
                bytes = Pong;
            }
        }

        return new(type, 0, bytes);
    }

    public static RespValue Aggregate(RespType type, RespValue[] items) => new(type, items.Length, items);

    internal RespValue WithAttributes(RespValue[] attributes) =>
        new(Type, _number, new AttributedPayload(Payload, attributes));

    public long AsInt64() => Type switch
    {
        RespType.Integer or RespType.Boolean => _number,
        RespType.Double => checked((long)AsDouble()),
        RespType.Null => throw new InvalidCastException("The reply is null."),
        _ => long.Parse(AsSpan(), NumberStyles.Integer, CultureInfo.InvariantCulture),
    };

    public double AsDouble() => Type switch
    {
        RespType.Double => BitConverter.Int64BitsToDouble(_number),
        RespType.Integer or RespType.Boolean => _number,
        _ => ParseDouble(AsSpan()),
    };

    public bool AsBoolean() => Type switch
    {
        RespType.Boolean or RespType.Integer => _number != 0,
        RespType.SimpleString => AsSpan().SequenceEqual(Ok),
        RespType.Null => false,
        _ => throw new InvalidCastException($"A {Type} reply is not a boolean."),
    };

    public BigInteger AsBigInteger() => Type switch
    {
        RespType.Integer => _number,
        _ => BigInteger.Parse(Encoding.ASCII.GetString(AsSpan()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
    };

    /// <summary>The bytes of a string or error reply (a verbatim string without its format prefix); null for null.</summary>
    public byte[]? AsBytes()
    {
        if (Payload is not byte[] bytes)
        {
            return Type == RespType.Null ? null : Encoding.UTF8.GetBytes(ToString());
        }

        return Type == RespType.VerbatimString ? bytes[VerbatimPrefixLength..] : bytes;
    }

    public ReadOnlySpan<byte> AsSpan()
    {
        if (Payload is not byte[] bytes)
        {
            return default;
        }

        return Type == RespType.VerbatimString ? bytes.AsSpan(VerbatimPrefixLength) : bytes;
    }

    public string? AsString() => Type switch
    {
        RespType.Null => null,
        RespType.Integer => _number.ToString(CultureInfo.InvariantCulture),
        RespType.Double => AsDouble().ToString("R", CultureInfo.InvariantCulture),
        RespType.Boolean => _number != 0 ? "true" : "false",
        _ when Payload is byte[] => Encoding.UTF8.GetString(AsSpan()),
        _ => throw new InvalidCastException($"A {Type} reply is not a string."),
    };

    /// <summary>The three-letter format of a verbatim string (RESP3 <c>=</c>), such as <c>txt</c>.</summary>
    public string? VerbatimFormat =>
        Type == RespType.VerbatimString && Payload is byte[] { Length: >= VerbatimPrefixLength } bytes
            ? Encoding.ASCII.GetString(bytes, 0, VerbatimPrefixLength - 1)
            : null;

    // "txt:" — the RESP3 spec fixes the format at exactly three bytes followed by a colon.
    private const int VerbatimPrefixLength = 4;

    public bool Equals(RespValue other)
    {
        if (Type != other.Type || _number != other._number)
        {
            return false;
        }

        return (Payload, other.Payload) switch
        {
            (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
            (RespValue[] a, RespValue[] b) => a.AsSpan().SequenceEqual(b),
            (null, null) => true,
            _ => false,
        };
    }

    public override bool Equals(object? obj) => obj is RespValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Type, _number);

    public static bool operator ==(RespValue left, RespValue right) => left.Equals(right);

    public static bool operator !=(RespValue left, RespValue right) => !left.Equals(right);

    public override string ToString() => Type switch
    {
        RespType.Null => "(nil)",
        RespType.Array or RespType.Set or RespType.Push or RespType.Map =>
            $"{Type}[{string.Join(", ", Items.Select(item => item.ToString()))}]",
        _ => AsString() ?? "(nil)",
    };

    private static double ParseDouble(ReadOnlySpan<byte> text)
    {
        if (text.SequenceEqual("inf"u8) || text.SequenceEqual("+inf"u8))
        {
            return double.PositiveInfinity;
        }

        if (text.SequenceEqual("-inf"u8))
        {
            return double.NegativeInfinity;
        }

        if (text.SequenceEqual("nan"u8) || text.SequenceEqual("-nan"u8))
        {
            return double.NaN;
        }

        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private sealed record AttributedPayload(object? Value, RespValue[] Attributes);
}
