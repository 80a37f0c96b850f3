using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Graph.Redis;

/// <summary>
/// Encodes a command the way clients must send it: an array of bulk strings
/// (https://redis.io/docs/latest/develop/reference/protocol-spec/#sending-commands-to-a-redis-server).
/// </summary>
internal static class RespCommandWriter
{
    // "$" + up to 20 digits + CRLF: the largest header a bulk string or array needs.
    private const int MaxHeaderLength = 24;

    public static void Write(IBufferWriter<byte> output, ReadOnlySpan<RedisArg> args)
    {
        WriteHeader(output, (byte)'*', args.Length);
        foreach (var arg in args)
        {
            WriteArg(output, arg);
        }
    }

    private static void WriteArg(IBufferWriter<byte> output, in RedisArg arg)
    {
        switch (arg.Kind)
        {
            case RedisArg.ArgKind.Bytes:
                WriteHeader(output, (byte)'$', arg.Bytes.Length);
                output.Write(arg.Bytes.Span);
                break;
            case RedisArg.ArgKind.Number:
                WriteNumber(output, arg.Number);
                return;
            case RedisArg.ArgKind.PrefixedText:
                WriteHeader(output, (byte)'$', Encoding.UTF8.GetByteCount(arg.Prefix) + Encoding.UTF8.GetByteCount(arg.Text));
                WriteUtf8(output, arg.Prefix);
                WriteUtf8(output, arg.Text);
                break;
            default:
                WriteHeader(output, (byte)'$', Encoding.UTF8.GetByteCount(arg.Text));
                WriteUtf8(output, arg.Text);
                break;
        }

        WriteCrlf(output);
    }

    private static void WriteNumber(IBufferWriter<byte> output, long value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var length);
        WriteHeader(output, (byte)'$', length);
        var span = output.GetSpan(length + 2);
        digits[..length].CopyTo(span);
        span[length] = (byte)'\r';
        span[length + 1] = (byte)'\n';
        output.Advance(length + 2);
    }

    private static void WriteHeader(IBufferWriter<byte> output, byte prefix, int length)
    {
        var span = output.GetSpan(MaxHeaderLength);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out var written);
        span[written + 1] = (byte)'\r';
        span[written + 2] = (byte)'\n';
        output.Advance(written + 3);
    }

    private static void WriteUtf8(IBufferWriter<byte> output, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        Encoding.UTF8.GetBytes(text, output);
    }

    private static void WriteCrlf(IBufferWriter<byte> output)
    {
        var span = output.GetSpan(2);
        span[0] = (byte)'\r';
        span[1] = (byte)'\n';
        output.Advance(2);
    }
}
