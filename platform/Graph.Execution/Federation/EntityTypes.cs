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
/// The request's state also counts representations across its <c>_entities</c> fields (aliases), for the limit.
/// </summary>
internal static class EntityTypes
{
    private const string ContextDataKey = "Graph.Execution.Federation.RequestState";

    /// <summary>The request's federation state: resolved entity types and the representations counted so far.</summary>
    public static FederationRequestState StateOf(IResolverContext context)
    {
        if (context.ContextData is ConcurrentDictionary<string, object?> concurrent)
        {
            return (FederationRequestState)concurrent.GetOrAdd(ContextDataKey, static _ => new FederationRequestState())!;
        }

        lock (context.ContextData)
        {
            if (!context.ContextData.TryGetValue(ContextDataKey, out var state))
            {
                context.ContextData[ContextDataKey] = state = new FederationRequestState();
            }

            return (FederationRequestState)state!;
        }
    }

    public static string? Resolve(object? value, IResolverContext context, IAbstractType abstractType)
    {
        if (value is EntityFailure failure)
        {
            failure.Throw();
        }

        return value is not null
            && context.ContextData.TryGetValue(ContextDataKey, out var state)
            && state is FederationRequestState federation
            && federation.Types.TryGetValue(value, out var name)
            ? name
            : DefaultResolvers.ResolveType(value, context, abstractType);
    }
}

/// <summary>What the <c>_entities</c> fields of one request share.</summary>
internal sealed class FederationRequestState
{
    private int _representations;

    /// <summary>The object type name of every resolved entity, by reference.</summary>
    public ConcurrentDictionary<object, string> Types { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Counts <paramref name="count"/> more representations; returns the request's total.</summary>
    public int AddRepresentations(int count) => Interlocked.Add(ref _representations, count);
}

/// <summary>The error of one representation, completed in its place in the <c>_entities</c> list.</summary>
internal sealed class EntityFailure(Exception exception)
{
    public Exception Exception { get; } = exception;

    public void Throw() => ExceptionDispatchInfo.Throw(Exception);
}
