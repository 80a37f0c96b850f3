using System.Text.Json;

namespace Graph.AspNetCore;

/// <summary>
/// Reads <see cref="GraphQLRequest"/>s from JSON, with the checks GraphQL over HTTP asks for
/// ("Request Parameters"): each parameter has its type or is null/absent; anything else is a
/// <see cref="GraphQLRequestParseException"/> with a message naming the parameter.
/// </summary>
public static class GraphQLRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 128 };

    /// <summary>Parses one request; <c>variables</c> must be a map (no variable batching).</summary>
    public static GraphQLRequest Parse(JsonElement body) => Parse(body, allowVariableBatching: false);

    /// <summary>
    /// Parses one request; with <paramref name="allowVariableBatching"/>, <c>variables</c> may also be a
    /// non-empty list of maps (GraphQL over HTTP variable batching), returned as <see cref="GraphQLRequest.VariableBatch"/>.
    /// The returned elements point into <paramref name="body"/>'s document: keep it alive while they are used.
    /// </summary>
    public static GraphQLRequest Parse(JsonElement body, bool allowVariableBatching)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestParseException("The request body must be a JSON object.");
        }

        JsonElement? variables = null;
        IReadOnlyList<JsonElement>? batch = null;
        if (allowVariableBatching && body.TryGetProperty("variables", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            batch = VariableSets(list);
        }
        else
        {
            variables = OptionalObject(body, "variables");
        }

        return new GraphQLRequest(
            OptionalString(body, "query"),
            OptionalString(body, "operationName"),
            variables,
            OptionalObject(body, "extensions"),
            OptionalString(body, "documentId"))
        {
            VariableBatch = batch,
        };
    }

    /// <summary>
    /// Reads a JSON-encoded parameter of a GET request (GraphQL over HTTP "GET": <c>variables</c> and
    /// <c>extensions</c> are JSON strings; the empty string means absent). The result is cloned.
    /// </summary>
    public static JsonElement? ParseJsonParameter(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        JsonElement element;
        try
        {
            using var document = JsonDocument.Parse(value, DocumentOptions);
            element = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            throw new GraphQLRequestParseException($"The \"{name}\" parameter is not valid JSON: {error.Message}");
        }

        return element.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => element,
            _ => throw new GraphQLRequestParseException($"The \"{name}\" parameter must be a JSON object."),
        };
    }

    private static JsonElement[] VariableSets(JsonElement list)
    {
        var sets = new JsonElement[list.GetArrayLength()];
        if (sets.Length == 0)
        {
            throw new GraphQLRequestParseException("The \"variables\" parameter must be a JSON object or a non-empty list of JSON objects.");
        }

        var index = 0;
        foreach (var set in list.EnumerateArray())
        {
            sets[index++] = set.ValueKind == JsonValueKind.Object
                ? set
                : throw new GraphQLRequestParseException("The \"variables\" parameter must be a JSON object or a non-empty list of JSON objects.");
        }

        return sets;
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
