using System.Buffers;
using System.Text.Json;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// JSON written to a byte array with a writer and buffer kept per thread, reset for every use: the bytes returned are
/// the only allocation. A call made while the thread's writer is in use gets one of its own; a buffer grown past
/// 64 KB is not kept for the thread's lifetime.
/// </summary>
internal static class ThreadJsonWriter
{
    private const int MaxKeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_kept;

    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var (buffer, writer) = t_kept ?? Create();
        t_kept = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        write(writer, state);
        writer.Flush();
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            t_kept = (buffer, writer);
        }

        return bytes;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) Create()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        return (buffer, new Utf8JsonWriter(buffer));
    }
}
