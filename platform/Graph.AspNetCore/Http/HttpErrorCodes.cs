namespace Graph.AspNetCore.Http;

/// <summary>
/// The stable <c>extensions.code</c> values of errors the HTTP transport itself raises, before or around the
/// executor (whose own codes are in <see cref="Graph.Execution.ErrorCodes"/>).
/// </summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not JSON (400).</summary>
    public const string InvalidJson = "HTTP_INVALID_JSON";

    /// <summary>A request parameter has the wrong type (400; GraphQLOverHTTP.md "Request Parameters").</summary>
    public const string InvalidParameter = "HTTP_INVALID_PARAMETER";

    /// <summary>Neither <c>query</c> nor a persisted document was given (400).</summary>
    public const string MissingQuery = "HTTP_MISSING_QUERY";

    /// <summary>The <c>Content-Type</c> of a POST is missing or not <c>application/json</c> in UTF-8 (415).</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>No media type in <c>Accept</c> can be produced (406).</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>A method other than GET/POST, or a mutation over GET (405 with <c>Allow</c>).</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>The body is larger than <see cref="HttpTransportOptions.MaxRequestBodySize"/> (413).</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>A variable batch has more sets than <see cref="HttpTransportOptions.MaxVariableBatchSize"/> (400).</summary>
    public const string BatchTooLarge = "HTTP_BATCH_TOO_LARGE";

    /// <summary>A variable batch (<c>variables</c> as a list) whose <c>Accept</c> lacks <c>application/jsonl</c> (400; docs/fusion.md).</summary>
    public const string BatchNotAccepted = "HTTP_BATCH_NOT_ACCEPTED";

    /// <summary>A variable batch with no variable sets (400; docs/fusion.md).</summary>
    public const string BatchEmpty = "HTTP_BATCH_EMPTY";

    /// <summary>A subscription was sent as a plain GET/POST; it needs SSE or WebSocket (400).</summary>
    public const string SubscriptionNotSupported = "HTTP_SUBSCRIPTION_NOT_SUPPORTED";

    /// <summary>Execution ran longer than <see cref="GraphQLServerOptions.ExecutionTimeout"/> (504).</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>An unexpected server failure (500).</summary>
    public const string InternalServerError = Graph.Execution.ErrorCodes.InternalError;
}
