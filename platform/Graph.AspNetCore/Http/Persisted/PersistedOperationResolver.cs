using System.Text.Json;
using Graph.Execution;
using Graph.Execution.Processing;
using Microsoft.Extensions.Options;

namespace Graph.AspNetCore.Http;

/// <summary>The document a request runs: its text and, when already computed, its SHA-256; or the error that rejects it.</summary>
public readonly record struct ResolvedDocument(string? Text, string? Hash, GraphQLError? Error);

/// <summary>
/// Turns a request's <c>query</c>, <c>documentId</c> (rfc-PersistedOperations.md) or Apollo
/// <c>extensions.persistedQuery.sha256Hash</c> into the document to run, enforcing the trusted documents mode.
/// Shared by every transport, so that an allowlist cannot be bypassed over another one.
/// </summary>
public sealed class PersistedOperationResolver(IOptions<PersistedOperationOptions> options)
{
    private readonly PersistedOperationOptions _options = options.Value;

    public PersistedOperationOptions Options => _options;

    /// <summary>The document of <paramref name="request"/>; a null text with no error means none was given.</summary>
    public async ValueTask<ResolvedDocument> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DocumentId is { } id)
        {
            return request.Query is not null
                ? Reject("Send either \"query\" or \"documentId\", not both.", PersistedOperationErrorCodes.AmbiguousDocument)
                : await LookupAsync(id, $"The persisted document \"{id}\" was not found.", cancellationToken).ConfigureAwait(false);
        }

        if (request.Extensions is { } extensions && PersistedQuery(extensions) is { } persisted)
        {
            return await ResolveApolloAsync(request.Query, persisted, cancellationToken).ConfigureAwait(false);
        }

        if (request.Query is not { } query || !_options.OnlyTrustedDocuments)
        {
            return new ResolvedDocument(request.Query, null, null);
        }

        var hash = DocumentHash.Compute(query);
        return _options.Store?.ContainsHash(hash) == true
            ? new ResolvedDocument(query, hash, null)
            : Reject("Only trusted documents may run on this server, and this document is not one of them.", PersistedOperationErrorCodes.NotInList);
    }

    /// <summary>Apollo automatic persisted queries: lookup by hash, or verify the hash of a sent query and register it.</summary>
    private async ValueTask<ResolvedDocument> ResolveApolloAsync(string? query, JsonElement persisted, CancellationToken cancellationToken)
    {
        if (persisted.TryGetProperty("version", out var version) && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == 1))
        {
            return Reject("Only version 1 of persisted queries is supported.", PersistedOperationErrorCodes.UnsupportedVersion);
        }

        if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String)
        {
            return Reject("extensions.persistedQuery.sha256Hash must be a string.", Http.HttpErrorCodes.InvalidParameter);
        }

        var hash = hashElement.GetString()!.ToLowerInvariant();
        if (query is null)
        {
            return await LookupAsync(hash, "PersistedQueryNotFound", cancellationToken).ConfigureAwait(false);
        }

        if (!string.Equals(DocumentHash.Compute(query), hash, StringComparison.Ordinal))
        {
            return Reject("provided sha does not match query", PersistedOperationErrorCodes.HashMismatch);
        }

        if (_options.OnlyTrustedDocuments)
        {
            return _options.Store?.ContainsHash(hash) == true
                ? new ResolvedDocument(query, hash, null)
                : Reject("Only trusted documents may run on this server, and this document is not one of them.", PersistedOperationErrorCodes.NotInList);
        }

        if (_options.AllowAutomaticRegistration && _options.Store is IWritablePersistedDocumentStore writable)
        {
            await writable.SaveAsync(hash, query, cancellationToken).ConfigureAwait(false);
        }

        return new ResolvedDocument(query, hash, null);
    }

    private async ValueTask<ResolvedDocument> LookupAsync(string id, string notFound, CancellationToken cancellationToken)
    {
        if (_options.Store is not { } store)
        {
            return Reject("PersistedQueryNotSupported", PersistedOperationErrorCodes.NotSupported);
        }

        var text = await store.TryGetAsync(id, cancellationToken).ConfigureAwait(false);
        return text is null ? Reject(notFound, PersistedOperationErrorCodes.NotFound) : new ResolvedDocument(text, null, null);
    }

    private static JsonElement? PersistedQuery(JsonElement extensions) =>
        extensions.ValueKind == JsonValueKind.Object
        && extensions.TryGetProperty("persistedQuery", out var persisted)
        && persisted.ValueKind == JsonValueKind.Object
            ? persisted
            : null;

    private static ResolvedDocument Reject(string message, string code) => new(null, null, GraphQLError.WithCode(message, code));
}
