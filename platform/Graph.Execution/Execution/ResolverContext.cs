using System.Security.Claims;
using Graph.Execution.Processing;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one per field execution (spec 6.4.2 ResolveFieldValue).</summary>
internal sealed class ResolverContext : IMiddlewareContext
{
    private readonly OperationContext _operation;
    private readonly FieldSelection _selection;
    private readonly ResultPath? _parentPath;
    private ResultPath? _path;

    public ResolverContext(OperationContext operation, FieldSelection selection, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultPath path)
        : this(operation, selection, parent, arguments, null, path)
    {
    }

    /// <summary>A context whose <see cref="Path"/> is built from <paramref name="parentPath"/> on first use when <paramref name="path"/> is null.</summary>
    public ResolverContext(
        OperationContext operation, FieldSelection selection, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultPath? parentPath, ResultPath? path)
    {
        _operation = operation;
        _selection = selection;
        _parentPath = parentPath;
        _path = path;
        Parent = parent;
        Arguments = arguments;
    }

    /// <summary>The execution this field belongs to (its field pipelines, for resolvers that run other fields' pipelines).</summary>
    internal OperationContext Operation => _operation;

    public Schema Schema => _operation.Schema;

    public ObjectType ParentType => _selection.ParentType;

    public OutputField Field => _selection.Field;

    public object? Parent { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IServiceProvider Services => _operation.Services;

    public CancellationToken RequestAborted => _operation.CancellationToken;

    // Built lazily: most resolvers never ask for their path.
    public ResultPath Path => _path ??= _parentPath!.Append(_selection.ResponseKey);

    public IDictionary<string, object?> ContextData => _operation.ContextData;

    public object? Result { get; set; }

    public ClaimsPrincipal? User => _operation.User;

    /// <summary>The field nodes merged under this response key (for projections and look-ahead).</summary>
    public IReadOnlyList<Graph.Language.FieldNode> FieldNodes => _selection.Nodes;

    public string ResponseName => _selection.ResponseKey;

    public bool IsSelected(string fieldName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        var returned = _selection.Field.Type.NamedType();
        if (returned is ObjectType objectType)
        {
            return Selects(objectType, fieldName);
        }

        if (returned.Kind is TypeKind.Interface or TypeKind.Union)
        {
            foreach (var possible in Schema.GetPossibleTypes(returned))
            {
                if (Selects(possible, fieldName))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The subfields completing the value will execute (collected once and kept on the selection for it).
    private bool Selects(ObjectType objectType, string fieldName)
    {
        var subfields = _selection.GetSubfields(objectType, _operation.Collector);
        foreach (var subfield in subfields)
        {
            if (subfield.Field.Name == fieldName)
            {
                return true;
            }
        }

        return false;
    }
}
