using System.Text.Json;
using Graph.Language;
using Microsoft.AspNetCore.Http;

namespace Graph.AspNetCore.Subscriptions;

/// <summary>
/// Reads the GraphQL request of a graphql-sse request, which follows GraphQL over HTTP
/// (PROTOCOL.md "Distinct connections mode"): GET with <c>query</c>, <c>operationName</c>,
/// <c>variables</c> and <c>extensions</c> (JSON) in the query string, or POST with a JSON body.
/// A malformed request is a <see cref="SseRequestException"/> with the HTTP status to answer.
/// </summary>
internal static class SseRequestReader
{
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var parsed = HttpMethods.IsGet(request.Method) ? FromQueryString(request.Query) : await FromBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (parsed.Query is null && parsed.DocumentId is null && parsed.PersistedQueryHash is null)
        {
            throw new SseRequestException(StatusCodes.Status400BadRequest, "The request has no \"query\" parameter.");
        }

        // GraphQL over HTTP "GET": mutations are not allowed; graphql-sse's handler answers 405 too.
        if (HttpMethods.IsGet(request.Method) && parsed.Query is { } query && IsMutation(query, parsed.OperationName))
        {
            throw new SseRequestException(StatusCodes.Status405MethodNotAllowed, "Cannot perform mutations over GET.") { Allow = "POST" };
        }

        return parsed;
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query)
    {
        try
        {
            return new GraphQLRequest(
                Single(query, "query"),
                Single(query, "operationName"),
                JsonObject(query, "variables"),
                JsonObject(query, "extensions"),
                Single(query, "documentId"));
        }
        catch (GraphQLRequestParseException invalid)
        {
            throw new SseRequestException(StatusCodes.Status400BadRequest, invalid.Message);
        }
    }

    private static async Task<GraphQLRequest> FromBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentType is not { } contentType || !contentType.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new SseRequestException(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.");
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 128 }, cancellationToken).ConfigureAwait(false);
            return GraphQLRequestParser.Parse(document.RootElement.Clone());
        }
        catch (JsonException error)
        {
            throw new SseRequestException(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {error.Message}");
        }
        catch (GraphQLRequestParseException invalid)
        {
            throw new SseRequestException(StatusCodes.Status400BadRequest, invalid.Message);
        }
        catch (BadHttpRequestException tooLarge)
        {
            throw new SseRequestException(tooLarge.StatusCode, tooLarge.Message);
        }
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;

    private static JsonElement? JsonObject(IQueryCollection query, string name)
    {
        if (Single(query, name) is not { Length: > 0 } text)
        {
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize<JsonElement>(text);
            return value.ValueKind switch
            {
                JsonValueKind.Object => value,
                JsonValueKind.Null => null,
                _ => throw new GraphQLRequestParseException($"The \"{name}\" parameter must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw new GraphQLRequestParseException($"The \"{name}\" parameter is not valid JSON.");
        }
    }

    private static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>().ToList();
            var operation = operationName is null
                ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.Value == operationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxException)
        {
            // The executor reports it as a request error in the event stream.
            return false;
        }
    }
}

/// <summary>A graphql-sse request that is malformed as HTTP: answered with <see cref="StatusCode"/> and a JSON error, not a stream.</summary>
internal sealed class SseRequestException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string? Allow { get; init; }
}
