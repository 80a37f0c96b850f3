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
        var telemetry = RequestTelemetry.Start(context);
        string? operationName = null;
        try
        {
            if (!(isGet && _options.Http.EnableGetRequests) && !HttpMethods.IsPost(request.Method))
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                    $"GraphQL over HTTP accepts {AllowedMethods} at {Path}, not {request.Method}.", AllowedMethods);
            }

            if (mediaType == ResponseMediaType.None)
            {
                throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable, HttpErrorCodes.NotAcceptable,
                    $"None of the media types in Accept can be produced; accept {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.");
            }

            using var parameters = isGet
                ? HttpRequestReader.ReadGet(request)
                : await HttpRequestReader.ReadPostAsync(context, _options.Http, context.RequestAborted).ConfigureAwait(false);
            operationName = parameters.Request.OperationName;
            await ExecuteAsync(context, parameters.Request, isGet, mediaType, telemetry).ConfigureAwait(false);
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

    private async Task ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, ResponseMediaType mediaType, RequestTelemetry telemetry)
    {
        var resolved = await _persisted.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (resolved.Error is { } persistedError)
        {
            await CompleteAsync(context, mediaType, [OperationResult.FromErrors([persistedError])], request, telemetry).ConfigureAwait(false);
            return;
        }

        if (resolved.Text is not { } text)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.MissingQuery,
                "The request has no \"query\" (or persisted \"documentId\"); send the GraphQL document in \"query\".");
        }

        var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
        _preparer ??= new DocumentPreparer(executor);
        var document = _preparer.Prepare(text, resolved.Hash, request.OperationName);
        telemetry.SetOperation(document.OperationType, document.OperationName);
        telemetry.SetDocumentCached(document.WasCached);
        if (isGet && document.OperationType == OperationType.Mutation)
        {
            // GraphQLOverHTTP.md "GET": mutations MUST NOT run over GET; 405 with Allow is RECOMMENDED.
            throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, HttpErrorCodes.MethodNotAllowed,
                "Mutations cannot be executed over GET; send them with POST.", "POST");
        }

        if (document.OperationType == OperationType.Subscription)
        {
            await CompleteAsync(context, mediaType, [HttpOperationExecution.SubscriptionNotSupported()], request, telemetry).ConfigureAwait(false);
            return;
        }

        var execution = new HttpOperationExecution(executor, context, _options.ExecutionTimeout, logger);
        var results = await execution.RunAsync(request, document).ConfigureAwait(false);
        if (results is null)
        {
            telemetry.Complete(GraphQLTelemetry.Outcomes.Cancelled);
            return;
        }

        await CompleteAsync(context, mediaType, results, request, telemetry).ConfigureAwait(false);
    }

    private static async Task CompleteAsync(HttpContext context, ResponseMediaType mediaType, OperationResult[] results, GraphQLRequest request, RequestTelemetry telemetry)
    {
        if (request.VariableBatch is null && results.Length == 1)
        {
            await HttpResponseWriter.WriteAsync(context, mediaType, results[0], context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            await HttpResponseWriter.WriteBatchAsync(context, mediaType, results, context.RequestAborted).ConfigureAwait(false);
        }

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
