using System.Buffers;
using System.Text.Json;
using System.Text.Encodings.Web;
using Graph.Execution;
using Graph.Execution.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// The graphql-sse events (PROTOCOL.md "Event stream"), formatted: <c>event:</c> and one
/// <c>data:</c> line of compact JSON (no raw line breaks), then a blank line.
/// </summary>
internal static class SseEvents
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary><c>event: next</c> with the result as <c>data</c>; with <paramref name="operationId"/>, single connection mode's <c>{id, payload}</c>.</summary>
    public static byte[] Next(OperationResult result, string? operationId) =>
        Format("event: next\ndata: "u8, writer =>
        {
            if (operationId is null)
            {
                ResultJsonWriter.Write(writer, result);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("id"u8, operationId);
            writer.WritePropertyName("payload"u8);
            ResultJsonWriter.Write(writer, result);
            writer.WriteEndObject();
        });

    /// <summary>
    /// <c>event: complete</c>; in distinct mode with an empty <c>data:</c> field, because EventSource
    /// ignores an event without one (PROTOCOL.md "complete event"); in single mode with <c>{id}</c>.
    /// </summary>
    public static byte[] Complete(string? operationId) =>
        operationId is null
            ? "event: complete\ndata:\n\n"u8.ToArray()
            : Format("event: complete\ndata: "u8, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, operationId);
                writer.WriteEndObject();
            });

    private static byte[] Format(ReadOnlySpan<byte> head, Action<Utf8JsonWriter> data)
    {
        using var buffer = new PooledBufferWriter(1024);
        buffer.Write(head);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            data(writer);
            writer.Flush();
        }

        buffer.Write("\n\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>
/// The <c>text/event-stream</c> response of graphql-sse (PROTOCOL.md "Event stream", interpreted
/// per the Server-Sent Events spec): <c>next</c> and <c>complete</c> events and keep-alive comments,
/// each flushed at once, written one at a time. A write after the client left is dropped.
/// </summary>
internal sealed class SseEventWriter : IAsyncDisposable
{
    private readonly HttpResponse _response;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly CancellationTokenSource _keepAlive = new();
    private Task _keepAliveLoop = Task.CompletedTask;
    private bool _failed;

    public SseEventWriter(HttpResponse response) => _response = response;

    /// <summary>Sends the headers and a first comment, so the client sees the stream open before any event.</summary>
    public async Task StartAsync(TimeSpan keepAliveInterval, CancellationToken cancellationToken)
    {
        _response.StatusCode = StatusCodes.Status200OK;
        _response.ContentType = "text/event-stream; charset=utf-8";
        _response.Headers.CacheControl = "no-cache";

        // Reverse proxies (nginx) buffer responses unless told otherwise.
        _response.Headers["X-Accel-Buffering"] = "no";
        _response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteAsync(":\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        if (keepAliveInterval > TimeSpan.Zero)
        {
            _keepAliveLoop = KeepAliveAsync(keepAliveInterval, _keepAlive.Token);
        }
    }

    public Task WriteNextAsync(OperationResult result, string? operationId, CancellationToken cancellationToken) =>
        WriteAsync(SseEvents.Next(result, operationId), cancellationToken);

    public Task WriteCompleteAsync(string? operationId, CancellationToken cancellationToken) =>
        WriteAsync(SseEvents.Complete(operationId), cancellationToken);

    /// <summary>Writes one formatted event (<see cref="SseEvents"/>) and flushes it.</summary>
    public Task WriteEventAsync(byte[] formatted, CancellationToken cancellationToken) => WriteAsync(formatted, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _keepAlive.CancelAsync().ConfigureAwait(false);
        await _keepAliveLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _keepAlive.Dispose();
        _writing.Dispose();
    }

    private async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_failed)
            {
                return;
            }

            await _response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client disconnected; its RequestAborted token ends the operation.
            _failed = true;
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task KeepAliveAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            await WriteAsync(":\n\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }
}
