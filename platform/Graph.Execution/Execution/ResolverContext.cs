using System.Security.Claims;
using Graph.Execution.Processing;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one per field execution (spec 6.4.2 ResolveFieldValue).</summary>
internal sealed class ResolverContext(
    OperationContext operation,
    FieldSelection selection,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments,
    ResultPath path) : IMiddlewareContext
{
    public Schema Schema => operation.Schema;

    public ObjectType ParentType => selection.ParentType;

    public OutputField Field => selection.Field;

    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public IServiceProvider Services => operation.Services;

    public CancellationToken RequestAborted => operation.CancellationToken;

    public ResultPath Path { get; } = path;

    public IDictionary<string, object?> ContextData => operation.ContextData;

    public object? Result { get; set; }

    public ClaimsPrincipal? User => operation.User;

    /// <summary>The field nodes merged under this response key (for projections and look-ahead).</summary>
    public IReadOnlyList<Graph.Language.FieldNode> FieldNodes => selection.Nodes;

    public string ResponseName => selection.ResponseKey;
}
