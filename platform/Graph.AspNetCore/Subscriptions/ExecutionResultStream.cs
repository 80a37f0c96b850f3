using System.Runtime.CompilerServices;
using Graph.Execution;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// What both transports do with an executor answer: a request error (spec 7.1.2 "Request Errors":
/// no data, before execution) ends the operation with an error; otherwise one result (queries,
/// mutations) or one per event (subscriptions) follow.
/// </summary>
internal static class ExecutionResultStream
{
    public static bool IsRequestError(IExecutionResult result, out IReadOnlyList<GraphQLError> errors)
    {
        errors = result.Errors;
        return result is OperationResult { HasData: false };
    }

    /// <summary>
    /// The results in order. A response stream is always started, even when already cancelled, so
    /// that the source stream's enumerator runs its cleanup (a bus subscription unsubscribes), and is
    /// disposed at the end.
    /// </summary>
    public static async IAsyncEnumerable<OperationResult> ReadAllAsync(
        IExecutionResult result, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (result is OperationResult single)
        {
            yield return single;
            yield break;
        }

        var stream = (ResponseStream)result;
        try
        {
            await foreach (var item in stream.ReadResultsAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The error a transport reports when a source stream fails after it started (graphql-ws <c>error</c>).</summary>
    public static GraphQLError StreamFailure(Exception exception, bool exposeMessage) => exception switch
    {
        GraphQLException graphQL => new GraphQLError(graphQL.Message, extensions: graphQL.Extensions.Count > 0 ? graphQL.Extensions : null),
        GraphQLRequestException request when request.Errors.Count > 0 => request.Errors[0],
        _ => new GraphQLError(exposeMessage ? exception.Message : "Unexpected Execution Error"),
    };
}
