using System.Buffers;
using System.Buffers.Text;
using Graph.Execution;
using Graph.Execution.Json;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses over HTTP in the negotiated media type, UTF-8, with a Content-Length, and chooses their
/// status (GraphQLOverHTTP.md "Status Codes").
/// </summary>
public static class HttpResponseWriter
{
    private static readonly byte[] VariableIndexAfterMember = ",\"variableIndex\":"u8.ToArray();
    private static readonly byte[] VariableIndexFirst = "\"variableIndex\":"u8.ToArray();
    private static readonly byte[] CloseLine = "}\n"u8.ToArray();

    /// <summary>
    /// The status of one result. With data: 200 (the draft's 294 for partial success is not used: many HTTP
    /// clients treat an unknown 2xx as an error). Without data, a request error: 400 for
    /// <c>application/graphql-response+json</c> (the spec draft recommends 422 for validation and variable errors;
    /// the graphql-http audit, our conformance check, expects 400) and 200 for <c>application/json</c> (legacy
    /// clients read errors only from 2xx bodies; graphql-http audits 572B, FDE2, 7B9B). Timeouts 504, server failures 500.
    /// </summary>
    public static int StatusOf(OperationResult result, ResponseMediaType mediaType)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.HasData)
        {
            return StatusCodes.Status200OK;
        }

        return (result.Errors.Count > 0 ? result.Errors[0].Code : null) switch
        {
            HttpErrorCodes.ExecutionTimeout => StatusCodes.Status504GatewayTimeout,
            HttpErrorCodes.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
        };
    }

    public static string ContentTypeOf(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLMediaTypes.GraphQLResponseJsonUtf8 : GraphQLMediaTypes.JsonUtf8;

    public static async Task WriteAsync(HttpContext context, ResponseMediaType mediaType, OperationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new PooledBufferWriter();
        result.WriteTo(buffer);
        await SendAsync(context, StatusOf(result, mediaType), ContentTypeOf(mediaType), buffer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A variable batch (docs/fusion.md "Variable batching"): <c>application/jsonl</c>, one response per variable set and
    /// line, each with a top-level <c>variableIndex</c>. One result for several sets (a persisted-document error, the
    /// execution timeout) concerned the whole request and is repeated on every line. The status is 200 when any line
    /// has data, else that of the first line as a request error (400, 504, 500).
    /// </summary>
    public static async Task WriteJsonLinesAsync(HttpContext context, IReadOnlyList<OperationResult> results, int variableSets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new PooledBufferWriter();
        using var line = new PooledBufferWriter();
        var status = StatusOf(results[0], ResponseMediaType.GraphQLResponseJson);
        for (var i = 0; i < variableSets; i++)
        {
            var result = results.Count == variableSets ? results[i] : results[0];
            if (result.HasData)
            {
                status = StatusCodes.Status200OK;
            }

            line.Clear();
            result.WriteTo(line);

            // The result is one JSON object: reopen it before its closing brace to add the index.
            buffer.Write(line.WrittenSpan[..^1]);
            buffer.Write(line.WrittenCount > 2 ? VariableIndexAfterMember : VariableIndexFirst);
            Utf8Formatter.TryFormat(i, buffer.GetSpan(11), out var written);
            buffer.Advance(written);
            buffer.Write(CloseLine);
        }

        await SendAsync(context, status, GraphQLMediaTypes.JsonLinesUtf8, buffer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A transport error as a GraphQL response with one error: <c>{"errors":[{"message","extensions":{"code"}}]}</c>.</summary>
    public static async Task WriteErrorAsync(HttpContext context, ResponseMediaType mediaType, int statusCode, string code, string message, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter();
        OperationResult.FromErrors([GraphQLError.WithCode(message, code)]).WriteTo(buffer);
        await SendAsync(context, statusCode, ContentTypeOf(mediaType == ResponseMediaType.None ? ResponseMediaType.Json : mediaType), buffer, cancellationToken).ConfigureAwait(false);
    }

    private static ValueTask SendAsync(HttpContext context, int statusCode, string contentType, PooledBufferWriter buffer, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = buffer.WrittenCount;
        return response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}
