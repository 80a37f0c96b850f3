using System.Text.Json;

namespace Graph.AspNetCore;

/// <summary>
/// The parameters of one GraphQL request as every transport receives them (GraphQL over HTTP
/// "Request Parameters"; graphql-ws <c>subscribe</c> payload; graphql-sse request body):
/// <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>, and a persisted
/// document's <c>documentId</c>.
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId)
{
    /// <summary>The <c>extensions.persistedQuery.sha256Hash</c> of an Apollo-style persisted query, if given.</summary>
    public string? PersistedQueryHash =>
        Extensions is { ValueKind: JsonValueKind.Object } extensions
        && extensions.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object
        && persisted.TryGetProperty("sha256Hash", out var hash)
        && hash.ValueKind == JsonValueKind.String
            ? hash.GetString()
            : null;
}
