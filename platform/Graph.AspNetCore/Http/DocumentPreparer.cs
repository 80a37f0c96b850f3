using System.Diagnostics;
using Graph.AspNetCore.Telemetry;
using Graph.Execution;
using Graph.Execution.Processing;
using Graph.Language;

namespace Graph.AspNetCore.Http;

/// <summary>
/// What the transport knows about a document before execution: its hash, and the operation it selects when it parses
/// (an invalid document still names its operation, for logs and spans; the executor reports its errors).
/// </summary>
public readonly record struct PreparedDocument(string Text, string Hash, bool WasCached, OperationType? OperationType, string? OperationName);

/// <summary>
/// Parses and validates a document into the executor's operation cache before the executor runs it, so that the
/// transport can (a) trace parse and validate as spans of their own (the executor has no hooks for them) and
/// (b) learn the operation's type before execution, to refuse mutations over GET (GraphQLOverHTTP.md "GET") and
/// subscriptions over plain HTTP. The executor then finds the document in its cache; a document that does not
/// parse is left to the executor, which reports the syntax error in its own words.
/// </summary>
public sealed class DocumentPreparer(IRequestExecutor executor)
{
    public PreparedDocument Prepare(string text, string? knownHash, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(text);
        string hash;
        var cached = false;
        DocumentNode? document = null;
        if (executor is RequestExecutor requestExecutor)
        {
            // The text of an earlier request: its entry and hash without hashing the text (SHA-256) again. Entries are
            // added with their text (not under a persisted document's given hash), so the executor finds them by text too.
            if (knownHash is null && requestExecutor.Cache.TryGetByText(text, out var sameText))
            {
                hash = sameText.Hash;
                cached = true;
                document = sameText.Document;
            }
            else if (requestExecutor.Cache.TryGet(hash = knownHash ?? DocumentHash.Compute(text), out var entry))
            {
                cached = true;
                document = entry.Document;
            }
            else if (Parse(text) is { } parsed)
            {
                document = requestExecutor.Cache.Add(new CachedDocument(hash, parsed, Validate(requestExecutor, parsed)), knownHash is null ? text : null).Document;
            }
        }
        else
        {
            hash = knownHash ?? DocumentHash.Compute(text);
            document = Parse(text);
        }

        var operation = document is null ? null : SelectOperation(document, operationName);
        return new PreparedDocument(text, hash, cached, operation?.Operation, operation?.Name?.Value ?? operationName);
    }

    private static DocumentNode? Parse(string text)
    {
        using var activity = RequestTelemetry.StartPhase(GraphQLTelemetry.ParseActivity);
        try
        {
            return Parser.Parse(text);
        }
        catch (GraphQLSyntaxException syntax)
        {
            activity?.SetStatus(ActivityStatusCode.Error, syntax.Message);
            return null;
        }
    }

    private static IReadOnlyList<GraphQLError> Validate(RequestExecutor executor, DocumentNode document)
    {
        using var activity = RequestTelemetry.StartPhase(GraphQLTelemetry.ValidateActivity);
        var errors = executor.Options.Validator?.Validate(executor.Schema, document) ?? [];
        if (errors.Count > 0)
        {
            activity?.SetStatus(ActivityStatusCode.Error, errors[0].Message);
        }

        return errors;
    }

    /// <summary>GetOperation (spec 6.1) without its error: the executor reports an ambiguous or unknown operation.</summary>
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        try
        {
            return CompiledOperation.GetOperation(document, operationName);
        }
        catch (GraphQLRequestException)
        {
            return null;
        }
    }
}
