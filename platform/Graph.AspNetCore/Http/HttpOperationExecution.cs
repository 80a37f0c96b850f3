using System.Text.Json;
using Graph.AspNetCore.Telemetry;
using Graph.Execution;
using Graph.Execution.DataLoader;
using Graph.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Graph.AspNetCore.Http;

/// <summary>
/// Runs the operation of one HTTP request, once or once per variable set (variable batching), under the request's
/// cancellation: the client going away (<c>RequestAborted</c>) or <see cref="GraphQLServerOptions.ExecutionTimeout"/>
/// passing cancels the token every resolver sees. A timed-out request is answered with an
/// <see cref="HttpErrorCodes.ExecutionTimeout"/> error instead of whatever partial result the cancelled resolvers left.
/// </summary>
internal sealed class HttpOperationExecution(IRequestExecutor executor, HttpContext context, TimeSpan timeout, ILogger logger)
{
    public async Task<OperationResult[]?> RunAsync(GraphQLRequest request, PreparedDocument document)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        cancellation.CancelAfter(timeout);
        OperationResult[] results;
        try
        {
            using var activity = RequestTelemetry.StartPhase(GraphQLTelemetry.ExecuteActivity);
            results = request.VariableBatch is { } batch
                ? await RunBatchAsync(request, document, batch, cancellation.Token).ConfigureAwait(false)
                : [await RunOnceAsync(request, document, request.Variables, cancellation.Token).ConfigureAwait(false)];
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            results = [];
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            GraphQLServerLog.ClientGone(logger, document.OperationName);
            return null;
        }

        // A result that completed cleanly as the timer fired stands; anything the cancellation touched is replaced.
        if (cancellation.IsCancellationRequested && (results.Length == 0 || results.Any(r => r.Errors.Count > 0)))
        {
            GraphQLServerLog.Timeout(logger, document.OperationName, timeout);
            return [OperationResult.FromErrors([GraphQLError.WithCode(
                $"The request was cancelled: it ran longer than the execution timeout of {timeout.TotalSeconds:0.###} s.",
                HttpErrorCodes.ExecutionTimeout)])];
        }

        foreach (var result in results)
        {
            LogErrors(result, document.OperationName);
        }

        return results;
    }

    /// <summary>
    /// The sets of a variable batch (queries only; the middleware refuses the rest) run concurrently in this request's
    /// services, so they share its batch scheduler. The scheduler is held open while the sets start: without that, the
    /// first set could reach a DataLoader and see the scheduler idle before the next set had begun, and dispatch a batch
    /// with only its own keys. Held, every set's first keys are waiting together when it is released.
    /// </summary>
    private async Task<OperationResult[]> RunBatchAsync(GraphQLRequest request, PreparedDocument document, IReadOnlyList<JsonElement> batch, CancellationToken cancellationToken)
    {
        var scheduler = context.RequestServices.GetService(typeof(IBatchScheduler)) as IBatchScheduler;
        var running = new Task<OperationResult>[batch.Count];
        scheduler?.Enter();
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                running[i] = RunOnceAsync(request, document, batch[i], cancellationToken);
            }
        }
        finally
        {
            scheduler?.Leave();
        }

        var results = new OperationResult[batch.Count];
        for (var i = 0; i < running.Length; i++)
        {
            results[i] = await running[i].ConfigureAwait(false);
        }

        return results;
    }

    private async Task<OperationResult> RunOnceAsync(GraphQLRequest request, PreparedDocument document, JsonElement? variables, CancellationToken cancellationToken)
    {
        var extensions = ToDictionary(request.Extensions);
        var contextData = new Dictionary<string, object?>(2, StringComparer.Ordinal) { [GraphQLHttpContextData.HttpContext] = context };
        if (extensions is not null)
        {
            contextData[GraphQLHttpContextData.RequestExtensions] = extensions;
        }

        var result = await executor.ExecuteAsync(
            new OperationRequest
            {
                Document = document.Text,
                DocumentHash = document.Hash,
                DocumentId = request.DocumentId,
                OperationName = request.OperationName,
                Variables = variables,
                Extensions = extensions,
                User = context.User,
                Services = context.RequestServices,
                ContextData = contextData,
            },
            cancellationToken).ConfigureAwait(false);

        if (result is ResponseStream stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            return SubscriptionNotSupported();
        }

        return (OperationResult)result;
    }

    public static OperationResult SubscriptionNotSupported() => OperationResult.FromErrors([GraphQLError.WithCode(
        "Subscriptions need a streaming transport: send Accept: text/event-stream (graphql-sse) or open a WebSocket (graphql-transport-ws).",
        HttpErrorCodes.SubscriptionNotSupported)]);

    /// <summary>Request <c>extensions</c> pass through to the executor as JSON values.</summary>
    private static Dictionary<string, object?>? ToDictionary(JsonElement? extensions)
    {
        if (extensions is not { ValueKind: JsonValueKind.Object } map)
        {
            return null;
        }

        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            dictionary[property.Name] = property.Value;
        }

        return dictionary;
    }

    private void LogErrors(OperationResult result, string? operationName)
    {
        if (result.Errors.Count == 0)
        {
            return;
        }

        if (!result.HasData && logger.IsEnabled(LogLevel.Information))
        {
            GraphQLServerLog.RequestErrors(logger, operationName, string.Join(", ", result.Errors.Select(e => e.Code ?? "UNCODED").Distinct()));
            return;
        }

        if (logger.IsEnabled(LogLevel.Warning))
        {
            foreach (var error in result.Errors)
            {
                if (error.Exception is { } exception and not GraphQLException)
                {
                    GraphQLServerLog.FieldFailed(logger, exception, operationName, error.Path is null ? string.Empty : string.Join('.', error.Path));
                }
            }
        }
    }
}
