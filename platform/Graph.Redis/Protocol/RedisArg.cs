using System.Globalization;

namespace Graph.Redis;

/// <summary>
/// One argument of a command, written as a RESP bulk string without first being copied into
/// a byte array: text is UTF-8 encoded, numbers formatted, and keys prefixed straight into the
/// connection's output buffer.
/// </summary>
public readonly struct RedisArg
{
    private readonly string? _text;
    private readonly string? _prefix;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _number;

    private RedisArg(ArgKind kind, string? text, string? prefix, ReadOnlyMemory<byte> bytes, long number)
    {
        Kind = kind;
        _text = text;
        _prefix = prefix;
        _bytes = bytes;
        _number = number;
    }

    internal ArgKind Kind { get; }

    internal string Text => _text ?? string.Empty;

    internal string Prefix => _prefix ?? string.Empty;

    internal ReadOnlyMemory<byte> Bytes => _bytes;

    internal long Number => _number;

    public static implicit operator RedisArg(string value) => new(ArgKind.Text, value, null, default, 0);

    public static implicit operator RedisArg(long value) => new(ArgKind.Number, null, null, default, value);

    public static implicit operator RedisArg(byte[] value) => new(ArgKind.Bytes, null, null, value, 0);

    public static implicit operator RedisArg(ReadOnlyMemory<byte> value) => new(ArgKind.Bytes, null, null, value, 0);

    /// <summary>A key or channel name under the client's prefix (isolation between tenants and tests).</summary>
    internal static RedisArg Key(string prefix, string key) => new(ArgKind.PrefixedText, key, prefix, default, 0);

    public override string ToString() => Kind switch
    {
        ArgKind.Number => _number.ToString(CultureInfo.InvariantCulture),
        ArgKind.Bytes => $"<{_bytes.Length} bytes>",
        ArgKind.PrefixedText => _prefix + _text,
        _ => Text,
    };

    internal enum ArgKind : byte
    {
        Text,
        PrefixedText,
        Bytes,
        Number,
    }
}
