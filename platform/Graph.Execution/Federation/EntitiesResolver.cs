using System.Collections;
using Graph.Execution.Processing;
using Graph.Types;
using Graph.Types.Federation;
using Graph.Types.Resolvers;

namespace Graph.Execution.Federation;

/// <summary>
/// Resolves <c>Query._entities(representations:)</c> (Apollo Federation subgraph specification): each representation
/// through the <c>@lookup</c> field of its type, run through that field's middleware pipeline exactly as a query of
/// the lookup would be (authorization included). Every lookup is started before any is awaited, so the keys of N
/// representations of one type reach their DataLoader in the same execution step: one batch. Results keep the order of
/// the representations; a failed representation becomes an error at <c>["_entities", i]</c>, a lookup returning null
/// a null at its index.
/// </summary>
public sealed class EntitiesResolver(FederationOptions options)
{
    private readonly FederationOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The <see cref="Graph.Types.Resolvers.FieldResolver"/> of <c>_entities</c>: the list of entities (or failures), in order.</summary>
    public ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var representations = context.Arguments.GetValueOrDefault(FederationNames.RepresentationsArgument) switch
        {
            IReadOnlyList<object?> list => list,
            IEnumerable items => items.Cast<object?>().ToArray(),
            _ => [],
        };

        // Per request, not per field: aliased _entities fields add up.
        var state = EntityTypes.StateOf(context);
        var total = state.AddRepresentations(representations.Count);
        if (total > _options.MaxRepresentations)
        {
            throw new GraphQLException(
                $"_entities accepts at most {_options.MaxRepresentations} representations per request; {total} were given.",
                FederationNames.TooManyRepresentationsCode);
        }

        var entities = EntityLookups.Of(context.Schema);
        var types = state.Types;
        var started = new ValueTask<object?>[representations.Count];
        for (var i = 0; i < started.Length; i++)
        {
            started[i] = ResolveOne(context, entities, types, representations[i], i);
        }

        return CollectAsync(started);
    }

    private static async ValueTask<object?> CollectAsync(ValueTask<object?>[] started)
    {
        var results = new object?[started.Length];
        for (var i = 0; i < started.Length; i++)
        {
            // ResolveOne never faults: a failure is the item's EntityFailure.
            results[i] = await started[i].ConfigureAwait(false);
        }

        return results;
    }

    private static ValueTask<object?> ResolveOne(
        IResolverContext context, EntityLookups entities, IDictionary<object, string> types, object? representation, int index)
    {
        try
        {
            var (lookup, arguments) = RepresentationBinder.Bind(entities, representation);
            var lookupContext = new LookupContext(context, lookup.Field, arguments, index);
            var resolving = Invoke(context, lookupContext);
            return resolving.IsCompletedSuccessfully
                ? new ValueTask<object?>(Record(types, lookupContext, resolving.Result))
                : AwaitOne(types, lookupContext, resolving);
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(new EntityFailure(ex));
        }
    }

    private static async ValueTask<object?> AwaitOne(IDictionary<object, string> types, LookupContext context, ValueTask<object?> resolving)
    {
        try
        {
            return Record(types, context, await resolving.ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            return new EntityFailure(ex);
        }
    }

    /// <summary>The lookup's pipeline (field middleware, then its resolver), as the executor runs a field (spec 6.4.2).</summary>
    private static ValueTask<object?> Invoke(IResolverContext entitiesContext, LookupContext context)
    {
        var operation = (entitiesContext as ResolverContext)?.Operation;
        var field = context.Field;
        var resolver = field.Resolver ?? operation?.DefaultResolver ?? PropertyResolver.Resolve;
        var pipeline = operation?.Pipelines.Get(context.ParentType, field, resolver);
        if (pipeline is null)
        {
            return resolver(context);
        }

        var running = pipeline(context);
        return running.IsCompletedSuccessfully ? new ValueTask<object?>(context.Result) : AwaitPipeline(running, context);
    }

    private static async ValueTask<object?> AwaitPipeline(ValueTask running, LookupContext context)
    {
        await running.ConfigureAwait(false);
        return context.Result;
    }

    // The object type is the lookup's, or for a lookup returning an abstract type, the one its type resolver names.
    private static object? Record(IDictionary<object, string> types, LookupContext context, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var typeName = context.Field.Type.NullableType() switch
        {
            ObjectType objectType => objectType.Name,
            IAbstractType abstractType => (abstractType.ResolveType ?? DefaultResolvers.ResolveType)(value, context, abstractType),
            _ => null,
        };
        if (typeName is not null)
        {
            types[value] = typeName;
        }

        return value;
    }
}
