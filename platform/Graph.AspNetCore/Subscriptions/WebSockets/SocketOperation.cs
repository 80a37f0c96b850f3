using Graph.Execution;
using Graph.Execution.Json;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// One operation of a graphql-transport-ws connection, from <c>Subscribe</c> to its last message
/// (PROTOCOL.md "Streaming operation", "Single result operation"): request errors end it with
/// <c>Error</c>; otherwise each result goes out as <c>Next</c>, then <c>Complete</c>. A client
/// <c>Complete</c> stops it: its token is cancelled (the source stream unsubscribes) and nothing
/// more is sent for the id, not even a result that was already computed.
/// </summary>
internal sealed class SocketOperation
{
    private readonly GraphQLWebSocketSession _session;
    private readonly CancellationTokenSource _cancellation;
    private volatile bool _stopped;

    public SocketOperation(GraphQLWebSocketSession session, string id, CancellationToken connection)
    {
        _session = session;
        Id = id;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);
    }

    public string Id { get; }

    public Task Running { get; private set; } = Task.CompletedTask;

    public void Start(Func<CancellationToken, Task<IExecutionResult>> execute) => Running = Task.Run(() => RunAsync(execute));

    /// <summary>The client completed the operation (PROTOCOL.md "Complete", client to server).</summary>
    public void Stop()
    {
        _stopped = true;
        _cancellation.Cancel();
    }

    private async Task RunAsync(Func<CancellationToken, Task<IExecutionResult>> execute)
    {
        var token = _cancellation.Token;
        try
        {
            var result = await execute(token).ConfigureAwait(false);
            if (ExecutionResultStream.IsRequestError(result, out var errors))
            {
                await FinishAsync(GraphQLTransportWs.Error, errors).ConfigureAwait(false);
                return;
            }

            await foreach (var item in ExecutionResultStream.ReadAllAsync(result, token).ConfigureAwait(false))
            {
                await SendAsync(GraphQLTransportWs.Next, writer => ResultJsonWriter.Write(writer, item), token).ConfigureAwait(false);
            }

            await FinishAsync(GraphQLTransportWs.Complete, null).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the connection closed: nobody is waiting for a message.
        }
        catch (Exception ex)
        {
            // The source stream failed after it started (PROTOCOL.md "Error": "during the execution").
            await FinishAsync(GraphQLTransportWs.Error, [ExecutionResultStream.StreamFailure(ex, _session.ExposeExceptionMessages)]).ConfigureAwait(false);
        }
        finally
        {
            _session.Forget(this);
            _cancellation.Dispose();
        }
    }

    // The id is released before the last message, so a client may reuse it as soon as it reads it.
    private async Task FinishAsync(string type, IReadOnlyList<GraphQLError>? errors)
    {
        _session.Forget(this);
        Action<System.Text.Json.Utf8JsonWriter>? payload = errors is null ? null : writer =>
        {
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                ResultJsonWriter.WriteError(writer, error);
            }

            writer.WriteEndArray();
        };
        await SendAsync(type, payload, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task SendAsync(string type, Action<System.Text.Json.Utf8JsonWriter>? payload, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter(1024);
        ServerMessages.Write(buffer, type, Id, payload);
        await _session.Channel.SendAsync(buffer.WrittenMemory, () => _stopped, cancellationToken).ConfigureAwait(false);
    }
}
