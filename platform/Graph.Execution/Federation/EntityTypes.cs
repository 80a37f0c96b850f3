using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution.Federation;

/// <summary>
/// How <c>_Entity</c> values find their object type (spec 6.4.3 ResolveAbstractType): <c>_entities</c> records the
/// type of every entity it resolved (it knows which lookup returned it), by reference, in the request's context data.
/// A representation that failed is carried to the list item as an <see cref="EntityFailure"/>, whose error this
/// resolver raises, so the executor reports it at <c>["_entities", i]</c> and the other items still complete.
/// </summary>
internal static class EntityTypes
{
    private const string ContextDataKey = "Graph.Execution.Federation.EntityTypes";

    /// <summary>The request's map from resolved entity (by reference) to its object type name.</summary>
    public static ConcurrentDictionary<object, string> MapOf(IResolverContext context)
    {
        if (context.ContextData is ConcurrentDictionary<string, object?> concurrent)
        {
            return (ConcurrentDictionary<object, string>)concurrent.GetOrAdd(ContextDataKey, static _ => NewMap())!;
        }

        lock (context.ContextData)
        {
            if (!context.ContextData.TryGetValue(ContextDataKey, out var map))
            {
                context.ContextData[ContextDataKey] = map = NewMap();
            }

            return (ConcurrentDictionary<object, string>)map!;
        }
    }

    public static string? Resolve(object? value, IResolverContext context, IAbstractType abstractType)
    {
        if (value is EntityFailure failure)
        {
            failure.Throw();
        }

        return value is not null
            && context.ContextData.TryGetValue(ContextDataKey, out var map)
            && map is ConcurrentDictionary<object, string> types
            && types.TryGetValue(value, out var name)
            ? name
            : DefaultResolvers.ResolveType(value, context, abstractType);
    }

    private static ConcurrentDictionary<object, string> NewMap() => new(ReferenceEqualityComparer.Instance);
}

/// <summary>The error of one representation, completed in its place in the <c>_entities</c> list.</summary>
internal sealed class EntityFailure(Exception exception)
{
    public Exception Exception { get; } = exception;

    public void Throw() => ExceptionDispatchInfo.Throw(Exception);
}
