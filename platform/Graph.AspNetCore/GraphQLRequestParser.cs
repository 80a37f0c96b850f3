using System.Text.Json;

namespace Graph.AspNetCore;

/// <summary>
/// Reads <see cref="GraphQLRequest"/>s from JSON, with the checks GraphQL over HTTP asks for
/// ("Request Parameters"): each parameter has its type or is null/absent; anything else is a
/// <see cref="GraphQLRequestParseException"/> with a message naming the parameter.
/// </summary>
public static class GraphQLRequestParser
{
    public static GraphQLRequest Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestParseException("The request body must be a JSON object.");
        }

        return new GraphQLRequest(
            OptionalString(body, "query"),
            OptionalString(body, "operationName"),
            OptionalObject(body, "variables"),
            OptionalObject(body, "extensions"),
            OptionalString(body, "documentId"));
    }

    /// <summary>Parses the request parameters from raw JSON bytes.</summary>
    public static GraphQLRequest Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 128 });
            return Parse(document.RootElement.Clone());
        }
        catch (JsonException error)
        {
            throw new GraphQLRequestParseException($"The request body is not valid JSON: {error.Message}");
        }
    }

    private static string? OptionalString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new GraphQLRequestParseException($"The \"{name}\" parameter must be a string.");
    }

    private static JsonElement? OptionalObject(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? value
            : throw new GraphQLRequestParseException($"The \"{name}\" parameter must be a JSON object.");
    }
}

/// <summary>A request whose parameters are malformed; transports answer it in their own format (HTTP 400, graphql-ws 4400).</summary>
public sealed class GraphQLRequestParseException(string message) : Exception(message);
