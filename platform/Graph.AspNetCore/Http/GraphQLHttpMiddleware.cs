using Graph.AspNetCore.Telemetry;
using Graph.Execution;
using Graph.Language;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP transport of MapGraphQL (GraphQLOverHTTP.md): GET and POST on the GraphQL path itself; other
/// methods get 405. Sub-paths belong to the other transports and pass on. The flow: negotiate the response media
/// type ("Body"), read the parameters ("GET", "POST"), resolve persisted documents, prepare the document (parse,
/// validate, find the operation), refuse mutations over GET and subscriptions, execute, write.
/// </summary>
public sealed class GraphQLHttpMiddleware(
    RequestDelegate next,
    PathString path,
    IOptions<GraphQLServerOptions> serverOptions,
    PersistedOperationResolver persisted,
    ILogger<GraphQLHttpMiddleware> logger)
{
    private readonly GraphQLServerOptions _options = serverOptions.Value;
    private readonly PersistedOperationResolver _persisted = persisted;
    private DocumentPreparer? _preparer;

    public PathString Path { get; } = path;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsGraphQLPath(context.Request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var mediaType = AcceptHeader.Negotiate(request.Headers.Accept);
        var acceptsJsonLines = !isGet && _options.Http.EnableVariableBatching && AcceptHeader.AcceptsJsonLines(request.Headers.Accept);
        var telemetry = RequestTelemetry.Start(context);
        string? operationName = null;
        try
        {
            if (!(isGet && _options.Http.EnableGetRequests) && !HttpMethods.IsPost(request.Method))
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                    $"GraphQL over HTTP accepts {AllowedMethods} at {Path}, not {request.Method}.", AllowedMethods);
            }

            // A client accepting only JSON Lines may still send a variable batch; anything else needs a JSON media type.
            if (mediaType == ResponseMediaType.None && !acceptsJsonLines)
            {
                throw NotAcceptable();
            }

            using var parameters = isGet
                ? HttpRequestReader.ReadGet(request)
                : await HttpRequestReader.ReadPostAsync(context, _options.Http, context.RequestAborted).ConfigureAwait(false);
            operationName = parameters.Request.OperationName;
            if (parameters.Request.VariableBatch is { } batch)
            {
                if (!acceptsJsonLines)
                {
                    throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchNotAccepted,
                        $"A variable batch (\"variables\" as a list) is answered in JSON Lines only: send Accept: {GraphQLMediaTypes.JsonLines}.");
                }

                await ExecuteBatchAsync(context, parameters.Request, batch, telemetry).ConfigureAwait(false);
            }
            else
            {
                if (mediaType == ResponseMediaType.None)
                {
                    throw NotAcceptable();
                }

                await ExecuteAsync(context, parameters.Request, isGet, mediaType, telemetry).ConfigureAwait(false);
            }
        }
        catch (GraphQLHttpException rejection)
        {
            GraphQLServerLog.RequestRejected(logger, operationName, rejection.StatusCode, rejection.Code, rejection.Message);
            if (rejection.Allow is { } allow)
            {
                context.Response.Headers.Allow = allow;
            }

            await HttpResponseWriter.WriteErrorAsync(context, mediaType, rejection.StatusCode, rejection.Code, rejection.Message, context.RequestAborted).ConfigureAwait(false);
            telemetry.Complete(GraphQLTelemetry.Outcomes.RequestError, rejection.Code);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (cancelled reads, reset connections): nothing to answer, nothing to blame the server for.
            GraphQLServerLog.ClientGone(logger, operationName);
            telemetry.Complete(GraphQLTelemetry.Outcomes.Cancelled);
        }
        catch (Exception error) when (!context.Response.HasStarted)
        {
            GraphQLServerLog.UnexpectedFailure(logger, error, operationName);
            await HttpResponseWriter.WriteErrorAsync(context, mediaType, StatusCodes.Status500InternalServerError, HttpErrorCodes.InternalServerError,
                "Unexpected server error.", context.RequestAborted).ConfigureAwait(false);
            telemetry.Complete(GraphQLTelemetry.Outcomes.InternalError, HttpErrorCodes.InternalServerError);
        }
        finally
        {
            // Failures while the response was being written escape to ASP.NET Core; the span still ends.
            telemetry.Complete(GraphQLTelemetry.Outcomes.InternalError);
        }
    }

    private string AllowedMethods => _options.Http.EnableGetRequests ? "GET, POST" : "POST";

    private static GraphQLHttpException NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
            $"None of the media types in Accept can be produced; accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");

    private async Task ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, ResponseMediaType mediaType, RequestTelemetry telemetry)
    {
        var (executor, document, persistedError) = await PrepareAsync(context, request, telemetry).ConfigureAwait(false);
        if (persistedError is not null)
        {
            await CompleteAsync(context, mediaType, [OperationResult.FromErrors([persistedError])], telemetry).ConfigureAwait(false);
            return;
        }

        if (isGet && document.OperationType == OperationType.Mutation)
        {
            // GraphQLOverHTTP.md "GET": mutations MUST NOT run over GET; 405 with Allow is RECOMMENDED.
            throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                "Mutations cannot be executed over GET; send them with POST.", "POST");
        }

        if (document.OperationType == OperationType.Subscription)
        {
            await CompleteAsync(context, mediaType, [HttpOperationExecution.SubscriptionNotSupported()], telemetry).ConfigureAwait(false);
            return;
        }

        var execution = new HttpOperationExecution(executor, context, _options.ExecutionTimeout, logger);
        var results = await execution.RunAsync(request, document).ConfigureAwait(false);
        if (results is null)
        {
            telemetry.Complete(GraphQLTelemetry.Outcomes.Cancelled);
            return;
        }

        await CompleteAsync(context, mediaType, results, telemetry).ConfigureAwait(false);
    }

    /// <summary>
    /// A variable batch (docs/fusion.md "Variable batching"): only queries; every set runs in this request's scope
    /// (one batch scheduler, so DataLoaders batch across the sets); the answer is JSON Lines with a <c>variableIndex</c>
    /// per line. A mutation is refused as over GET (405), a subscription as over plain HTTP (400).
    /// </summary>
    private async Task ExecuteBatchAsync(HttpContext context, GraphQLRequest request, IReadOnlyList<System.Text.Json.JsonElement> batch, RequestTelemetry telemetry)
    {
        var (executor, document, persistedError) = await PrepareAsync(context, request, telemetry).ConfigureAwait(false);
        OperationResult[]? results;
        if (persistedError is not null)
        {
            results = [OperationResult.FromErrors([persistedError])];
        }
        else
        {
            if (document.OperationType == OperationType.Mutation)
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                    "Mutations cannot be variable-batched; send one request per variable set.", "POST");
            }

            if (document.OperationType == OperationType.Subscription)
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.SubscriptionNotSupported,
                    "Subscriptions cannot be variable-batched; subscribe over SSE (Accept: text/event-stream) or a WebSocket.");
            }

            var execution = new HttpOperationExecution(executor, context, _options.ExecutionTimeout, logger);
            results = await execution.RunAsync(request, document).ConfigureAwait(false);
            if (results is null)
            {
                telemetry.Complete(GraphQLTelemetry.Outcomes.Cancelled);
                return;
            }
        }

        await HttpResponseWriter.WriteJsonLinesAsync(context, results, batch.Count, context.RequestAborted).ConfigureAwait(false);
        var (outcome, code) = OutcomeOf(results);
        telemetry.Complete(outcome, code);
    }

    /// <summary>Resolves a persisted document (its error, if any, is the answer) and prepares the document's text.</summary>
    private async Task<(IRequestExecutor Executor, PreparedDocument Document, GraphQLError? PersistedError)> PrepareAsync(
        HttpContext context, GraphQLRequest request, RequestTelemetry telemetry)
    {
        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        var resolved = await _persisted.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (resolved.Error is { } persistedError)
        {
            return (executor, default, persistedError);
        }

        if (resolved.Text is not { } text)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.MissingQuery,
                "The request has no \"query\" (or persisted \"documentId\"); send the GraphQL document in \"query\".");
        }

        _preparer ??= new DocumentPreparer(executor);
        var document = _preparer.Prepare(text, resolved.Hash, request.OperationName);
        telemetry.SetOperation(document.OperationType, document.OperationName);
        telemetry.SetDocumentCached(document.WasCached);
        return (executor, document, null);
    }

    private static async Task CompleteAsync(HttpContext context, ResponseMediaType mediaType, OperationResult[] results, RequestTelemetry telemetry)
    {
        await HttpResponseWriter.WriteAsync(context, mediaType, results[0], context.RequestAborted).ConfigureAwait(false);
        var (outcome, code) = OutcomeOf(results);
        telemetry.Complete(outcome, code);
    }

    private static (string Outcome, string? Code) OutcomeOf(OperationResult[] results)
    {
        var outcome = GraphQLTelemetry.Outcomes.Success;
        foreach (var result in results)
        {
            if (result.Errors.Count == 0)
            {
                continue;
            }

            if (result.HasData)
            {
                outcome = GraphQLTelemetry.Outcomes.FieldErrors;
                continue;
            }

            var code = result.Errors[0].Code;
            return (code switch
            {
                HttpErrorCodes.ExecutionTimeout => GraphQLTelemetry.Outcomes.Timeout,
                HttpErrorCodes.InternalServerError => GraphQLTelemetry.Outcomes.InternalError,
                _ => GraphQLTelemetry.Outcomes.RequestError,
            }, code);
        }

        return (outcome, null);
    }

    /// <summary>The GraphQL path itself, with or without a trailing slash; sub-paths are other transports'.</summary>
    private bool IsGraphQLPath(PathString requestPath) =>
        requestPath.Equals(Path, StringComparison.OrdinalIgnoreCase)
        || (requestPath.Value is { } value && value.Length == Path.Value!.Length + 1 && value[^1] == '/' && requestPath.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase));
}
