namespace Graph.AspNetCore.Http;

/// <summary>
/// A request the HTTP transport refuses before execution, with the status GraphQLOverHTTP.md "Status Codes" names
/// for it (400 malformed, 405 method, 413 size, 415 media type) and a stable code from <see cref="HttpErrorCodes"/>.
/// </summary>
public sealed class GraphQLHttpException(int statusCode, string code, string message, string? allow = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>The <c>Allow</c> header of a 405 (RFC 9110 15.5.6 requires it).</summary>
    public string? Allow { get; } = allow;
}
