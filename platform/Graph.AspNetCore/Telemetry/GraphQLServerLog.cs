using Microsoft.Extensions.Logging;

namespace Graph.AspNetCore.Telemetry;

/// <summary>
/// The server's structured logs. They name the operation and the error codes, never the document's variables,
/// the request body or headers, which may carry secrets.
/// </summary>
internal static partial class GraphQLServerLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "GraphQL request {OperationName} rejected with {StatusCode} ({ErrorCode}): {Reason}")]
    public static partial void RequestRejected(ILogger logger, string? operationName, int statusCode, string? errorCode, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "GraphQL request {OperationName} failed with request errors {ErrorCodes}")]
    public static partial void RequestErrors(ILogger logger, string? operationName, string errorCodes);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "GraphQL request {OperationName}: field {Path} failed")]
    public static partial void FieldFailed(ILogger logger, Exception exception, string? operationName, string path);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "GraphQL request {OperationName} exceeded the execution timeout of {Timeout}")]
    public static partial void Timeout(ILogger logger, string? operationName, TimeSpan timeout);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "GraphQL request {OperationName} failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception, string? operationName);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "GraphQL request {OperationName} cancelled: the client went away")]
    public static partial void ClientGone(ILogger logger, string? operationName);
}
