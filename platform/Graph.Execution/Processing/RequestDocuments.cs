using Graph.Language;
using Graph.Types;

namespace Graph.Execution.Processing;

/// <summary>
/// Finds a request's document (spec 6.1 "Executing Requests": the document comes first) the same way for every
/// executor, the engine's and the gateway's: by hash when seen before, from the persisted-document store by id, else
/// parsed from the text; parsed and validated documents are cached by the hash of their text.
/// </summary>
public static class RequestDocuments
{
    /// <summary>The cached document of <paramref name="request"/>; a request error when there is none or it does not parse.</summary>
    public static async ValueTask<CachedDocument> GetAsync(
        OperationRequest request,
        Schema schema,
        OperationCache cache,
        IDocumentValidator? validator,
        Func<string, CancellationToken, ValueTask<string?>>? documentStore,
        CancellationToken cancellationToken)
    {
        var text = request.Document;
        if (text is null && request.DocumentNode is null)
        {
            if (request.DocumentHash is { } knownHash && cache.TryGet(knownHash, out var seen))
            {
                return seen;
            }

            if (request.DocumentId is { } id && documentStore is not null)
            {
                text = await documentStore(id, cancellationToken).ConfigureAwait(false);
            }

            if (text is null)
            {
                throw new GraphQLRequestException([GraphQLError.WithCode(
                    request.DocumentId is null && request.DocumentHash is null ? "Must provide a document." : "PersistedQueryNotFound",
                    ErrorCodes.PersistedDocumentNotFound)]);
            }
        }

        // The same text as an earlier request: its document, without hashing the text (SHA-256) again.
        if (request.DocumentNode is null && text is not null && cache.TryGetByText(text, out var sameText))
        {
            return sameText;
        }

        text ??= SyntaxPrinter.Print(request.DocumentNode!);
        var hash = DocumentHash.Compute(text);
        if (cache.TryGet(hash, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = request.DocumentNode ?? Parser.Parse(text);
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new GraphQLRequestException([GraphQLError.WithCode(
                syntax.Message, ErrorCodes.SyntaxError, [new Location(syntax.Position, syntax.Position, syntax.Line, syntax.Column)])]);
        }

        var errors = validator?.Validate(schema, document) ?? [];
        return cache.Add(new CachedDocument(hash, document, errors), request.DocumentNode is null ? text : null);
    }
}
