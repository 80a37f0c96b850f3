using System.Buffers;
using Graph.Execution.Json;

namespace Graph.Execution;

/// <summary>What <see cref="IRequestExecutor.ExecuteAsync"/> returns: one <see cref="OperationResult"/> or a <see cref="ResponseStream"/>.</summary>
public interface IExecutionResult
{
    /// <summary>Request errors (spec 7.1.2) of a stream that could not start; the errors of a single result.</summary>
    IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>
/// One response (spec 7.1 "Response Format"): <c>data</c> (absent when a request error happened before execution,
/// null when null propagated to the root), <c>errors</c> and <c>extensions</c>.
/// </summary>
public sealed class OperationResult : IExecutionResult
{
    public OperationResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null, IReadOnlyDictionary<string, object?>? extensions = null, bool hasData = true)
    {
        Data = data;
        Errors = errors ?? [];
        Extensions = extensions;
        HasData = hasData;
    }

    /// <summary>The <c>data</c> entry; null when execution nulled the root or when <see cref="HasData"/> is false.</summary>
    public ResultMap? Data { get; }

    /// <summary>False for request errors raised before execution began (spec 7.1.4: "data" is not present).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    public static OperationResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>Writes the response as UTF-8 JSON: <c>data</c>, then <c>errors</c>, then <c>extensions</c>.</summary>
    public void WriteTo(IBufferWriter<byte> output, bool indented = false) => ResultJsonWriter.Write(this, output, indented);

    public async ValueTask WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public string ToJson(bool indented = false)
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}

/// <summary>
/// The response stream of a subscription (spec 6.2.3 "Response Stream"): one <see cref="OperationResult"/> per
/// source event. Dispose it to unsubscribe (spec 6.2.3.3 "Unsubscribe").
/// </summary>
public sealed class ResponseStream : IExecutionResult, IAsyncDisposable
{
    private readonly IAsyncEnumerable<OperationResult> _results;
    private readonly Func<ValueTask>? _onDispose;
    private int _disposed;

    /// <summary>A stream over <paramref name="results"/>; <paramref name="onDispose"/> runs once when the stream is disposed (unsubscribe).</summary>
    public ResponseStream(IAsyncEnumerable<OperationResult> results, Func<ValueTask>? onDispose)
    {
        _results = results;
        _onDispose = onDispose;
    }

    public IReadOnlyList<GraphQLError> Errors => [];

    public IAsyncEnumerable<OperationResult> ReadResultsAsync() => _results;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _onDispose is not null)
        {
            await _onDispose().ConfigureAwait(false);
        }
    }
}
