using System.Security.Claims;
using System.Text.Json;
using Graph.Language;

namespace Graph.Execution;

/// <summary>
/// A GraphQL request (spec 6.1 "Executing Requests"): the document as text, as a parsed tree, or only by its id or
/// SHA-256 hash (persisted and previously seen documents), plus operation name, variables and the caller's context.
/// </summary>
public sealed record OperationRequest
{
    /// <summary>The document text.</summary>
    public string? Document { get; init; }

    /// <summary>An already parsed document (skips parsing; still validated once and cached by its printed text's hash).</summary>
    public DocumentNode? DocumentNode { get; init; }

    /// <summary>The id of a persisted (trusted) document, looked up in <see cref="ExecutorOptions.DocumentStore"/>.</summary>
    public string? DocumentId { get; init; }

    /// <summary>The lowercase hex SHA-256 of the document text; with no text, a previously seen document is reused.</summary>
    public string? DocumentHash { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values: a JSON object (from HTTP).</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>Raw variable values given in code; used when <see cref="Variables"/> is null.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The request's services; when null the executor opens a scope of its own provider.</summary>
    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>Initial request-scoped state, visible to resolvers as <c>ContextData</c>.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>The initial value of the root operation type (spec 6.1: initialValue).</summary>
    public object? RootValue { get; init; }
}

/// <summary>Executes GraphQL requests against one schema (HotChocolate's <c>IRequestExecutor</c>).</summary>
public interface IRequestExecutor
{
    Graph.Types.Schema Schema { get; }

    /// <summary>An <see cref="OperationResult"/> for queries and mutations, a <see cref="ResponseStream"/> for subscriptions.</summary>
    Task<IExecutionResult> ExecuteAsync(OperationRequest request, CancellationToken cancellationToken = default);
}
