using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Graph.AspNetCore.Http;

/// <summary>Reads GraphQL-over-HTTP requests: GET query parameters ("GET") and JSON POST bodies ("POST", "JSON Encoding").</summary>
public static class HttpRequestReader
{
    private static readonly JsonDocumentOptions BodyOptions = new() { MaxDepth = 128 };

    /// <summary>
    /// GET: parameters in the query string (WHATWG URLSearchParams encoding); the empty string means absent;
    /// <c>variables</c> and <c>extensions</c> are JSON strings.
    /// </summary>
    public static HttpGraphQLRequest ReadGet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        try
        {
            return new HttpGraphQLRequest(
                new GraphQLRequest(
                    Single(query, "query"),
                    Single(query, "operationName"),
                    GraphQLRequestParser.ParseJsonParameter("variables", Single(query, "variables")),
                    GraphQLRequestParser.ParseJsonParameter("extensions", Single(query, "extensions")),
                    Single(query, "documentId")),
                null);
        }
        catch (GraphQLRequestParseException error)
        {
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidParameter, error.Message);
        }
    }

    /// <summary>
    /// POST: an <c>application/json</c> body in UTF-8 (charset absent or utf-8, else 415), at most
    /// <see cref="HttpTransportOptions.MaxRequestBodySize"/> bytes (else 413), a JSON object (else 400).
    /// </summary>
    public static async ValueTask<HttpGraphQLRequest> ReadPostAsync(HttpContext context, HttpTransportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        EnsureJsonContentType(context.Request.ContentType);
        var limit = options.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var document = await ReadJsonAsync(context.Request.BodyReader, limit, cancellationToken).ConfigureAwait(false);
        try
        {
            if (options.EnableVariableBatching && IsEmptyVariableBatch(document.Document.RootElement))
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchEmpty,
                    "The variable batch is empty: \"variables\" must be a JSON object or a non-empty list of JSON objects.");
            }

            var request = GraphQLRequestParser.Parse(document.Document.RootElement, options.EnableVariableBatching);
            if (request.VariableBatch is { Count: var count } && count > options.MaxVariableBatchSize)
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.BatchTooLarge,
                    $"A variable batch may hold at most {options.MaxVariableBatchSize} variable sets; this one holds {count}.");
            }

            return new HttpGraphQLRequest(request, document);
        }
        catch (GraphQLRequestParseException error)
        {
            document.Dispose();
            throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidParameter, error.Message);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static bool IsEmptyVariableBatch(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty("variables", out var variables)
        && variables.ValueKind == JsonValueKind.Array
        && variables.GetArrayLength() == 0;

    /// <summary>GraphQLOverHTTP.md "POST": application/json is required; a missing Content-Type is refused with a 4xx (415 here).</summary>
    private static void EnsureJsonContentType(string? contentType)
    {
        if (contentType is GraphQLMediaTypes.Json or GraphQLMediaTypes.JsonUtf8)
        {
            return;
        }

        if (contentType is null)
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                "A POST request needs the header Content-Type: application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (parsed.Charset.HasValue && !AcceptHeader.IsUtf8(parsed.Charset.AsSpan().Trim('"'))))
        {
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType, HttpErrorCodes.UnsupportedMediaType,
                $"Unsupported Content-Type \"{contentType}\": send application/json in UTF-8.");
        }
    }

    private static async ValueTask<JsonBody> ReadJsonAsync(PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BadHttpRequestException error)
            {
                throw error.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? TooLarge(limit)
                    : new GraphQLHttpException(error.StatusCode, HttpErrorCodes.InvalidJson, $"The request body could not be read: {error.Message}");
            }

            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw TooLarge(limit);
            }

            if (!read.IsCompleted)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                return buffer.IsEmpty
                    ? throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidJson, "The request body is empty; send a JSON object with a \"query\".")
                    : JsonBody.Parse(buffer, BodyOptions);
            }
            catch (JsonException error)
            {
                throw new GraphQLHttpException(StatusCodes.Status400BadRequest, HttpErrorCodes.InvalidJson, $"The request body is not valid JSON: {error.Message}");
            }
            finally
            {
                reader.AdvanceTo(buffer.End);
            }
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => string.IsNullOrEmpty(values[0]) ? null : values[0],
            _ => throw new GraphQLRequestParseException($"The \"{name}\" parameter may be given only once."),
        };
    }

    private static GraphQLHttpException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, HttpErrorCodes.RequestTooLarge, $"The request body is larger than the limit of {limit} bytes.");
}
