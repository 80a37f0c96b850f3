using System.Security.Claims;
using Graph.Execution.Processing;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution.Federation;

/// <summary>
/// The context a <c>@lookup</c> field runs in when <c>_entities</c> calls it for the representation at
/// <see cref="Path"/> <c>["_entities", i]</c>: the request's services, user and context data (so its DataLoaders and
/// authorization are those of the request), the query type as parent type, and arguments filled from the representation.
/// </summary>
internal sealed class LookupContext(IResolverContext entities, OutputField lookup, IReadOnlyDictionary<string, object?> arguments, int index)
    : IMiddlewareContext
{
    private ResultPath? _path;

    public Schema Schema => entities.Schema;

    public ObjectType ParentType => entities.ParentType;

    public OutputField Field => lookup;

    public object? Parent => entities.Parent;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public IServiceProvider Services => entities.Services;

    public CancellationToken RequestAborted => entities.RequestAborted;

    public ResultPath Path => _path ??= entities.Path.Append(index);

    public IDictionary<string, object?> ContextData => entities.ContextData;

    public ClaimsPrincipal? User => entities.User;

    public object? Result { get; set; }

    // What `_entities` selects on its entity types: a field of that name on another entity type in the same request
    // answers true too, which costs the lookup work it did not need, never a missing field.
    public bool IsSelected(string fieldName) => entities.IsSelected(fieldName);
}
