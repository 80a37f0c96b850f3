using Graph.Execution;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// Streams one operation's results as graphql-sse events (PROTOCOL.md "next event", "complete
/// event"): each result as <c>next</c>, then <c>complete</c>. In distinct connections mode, request
/// errors (parse, validation, variables: the steps before execution) are a <c>next</c> with the
/// errors, then <c>complete</c>, as that mode requires. A source stream that fails after it started
/// gets a last <c>next</c> carrying the error before <c>complete</c>. Cancellation (the client
/// left, the operation was stopped) ends it without a word.
/// </summary>
internal static class SseOperation
{
    /// <summary>
    /// Executes, then <paramref name="start"/>s the stream and writes the results. The stream opens only once the
    /// operation is executing: for a subscription whose resolver subscribes to its topic when called, a client that
    /// sees the response start knows that events published from then on reach it.
    /// </summary>
    public static async Task RunAsync(
        Func<CancellationToken, Task<IExecutionResult>> execute,
        Func<CancellationToken, Task> start,
        Func<byte[], CancellationToken, Task> emit,
        bool exposeExceptionMessages,
        CancellationToken cancellationToken)
    {
        IExecutionResult result;
        try
        {
            result = await execute(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            result = OperationResult.FromErrors([ExecutionResultStream.StreamFailure(ex, exposeExceptionMessages)]);
        }

        try
        {
            await start(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await DisposeAsync(result).ConfigureAwait(false);
            return;
        }

        await StreamAsync(result, emit, operationId: null, exposeExceptionMessages, cancellationToken).ConfigureAwait(false);
    }

    public static async Task StreamAsync(
        IExecutionResult result,
        Func<byte[], CancellationToken, Task> emit,
        string? operationId,
        bool exposeExceptionMessages,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in ExecutionResultStream.ReadAllAsync(result, cancellationToken).ConfigureAwait(false))
            {
                await emit(SseEvents.Next(item, operationId), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            var failure = OperationResult.FromErrors([ExecutionResultStream.StreamFailure(ex, exposeExceptionMessages)]);
            await emit(SseEvents.Next(failure, operationId), cancellationToken).ConfigureAwait(false);
        }

        await emit(SseEvents.Complete(operationId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unsubscribes a stream that will not be read (its client left before the response started).</summary>
    private static ValueTask DisposeAsync(IExecutionResult result) =>
        result is ResponseStream stream ? stream.DisposeAsync() : ValueTask.CompletedTask;
}
