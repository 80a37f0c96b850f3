using System.Text.Json;

namespace Graph.AspNetCore;

/// <summary>
/// The parameters of one GraphQL request as every transport receives them (GraphQL over HTTP
/// "Request Parameters"; graphql-ws <c>subscribe</c> payload; graphql-sse request body):
/// <c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>, and a persisted
/// document's <c>documentId</c> (rfc-PersistedOperations.md "Sending").
/// </summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId)
{
    /// <summary>
    /// The variable sets of a variable batch (<c>variables</c> given as a list of maps; GraphQL over HTTP
    /// variable batching): the operation runs once per set and the answer is a list in the same order.
    /// Null for an ordinary request, whose <see cref="Variables"/> is a map or absent.
    /// </summary>
    public IReadOnlyList<JsonElement>? VariableBatch { get; init; }

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
