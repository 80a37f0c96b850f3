using System.Collections.Concurrent;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution.Processing;

/// <summary>
/// Builds each field's middleware pipeline once (global middleware outermost, in registration order, then the
/// field's own) around the terminal step that calls the field's resolver. Null when a field has no middleware,
/// so the executor calls the resolver directly.
/// </summary>
public sealed class FieldPipelines
{
    private readonly IReadOnlyList<FieldMiddleware> _global;
    private readonly IReadOnlyDictionary<string, FieldMiddleware[]> _perField;
    private readonly ConcurrentDictionary<OutputField, FieldDelegate?> _pipelines = new();

    public FieldPipelines(IEnumerable<FieldMiddlewareRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var all = registrations.ToArray();
        _global = all.Where(r => r.Coordinate is null).Select(r => r.Middleware).ToArray();
        _perField = all.Where(r => r.Coordinate is not null)
            .GroupBy(r => r.Coordinate!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Middleware).ToArray(), StringComparer.Ordinal);
        IsEmpty = _global.Count == 0 && _perField.Count == 0;
    }

    /// <summary>No middleware at all (asked once per field execution: a field, not two interface calls).</summary>
    public bool IsEmpty { get; }

    /// <summary>The pipeline of <paramref name="field"/> on <paramref name="parentType"/>; null when it has no middleware.</summary>
    public FieldDelegate? Get(ObjectType parentType, OutputField field, FieldResolver resolver)
    {
        if (IsEmpty)
        {
            return null;
        }

        // A static lambda with explicit state: a capturing one allocates its closure on entry to this method, before
        // the early return above, i.e. once per field execution even without middleware.
        return _pipelines.GetOrAdd(
            field,
            static (f, state) => state.Self.Build(state.ParentType.Name + "." + f.Name, state.Resolver),
            (Self: this, ParentType: parentType, Resolver: resolver));
    }

    private FieldDelegate? Build(string coordinate, FieldResolver resolver)
    {
        var own = _perField.GetValueOrDefault(coordinate, []);
        if (_global.Count == 0 && own.Length == 0)
        {
            return null;
        }

        FieldDelegate pipeline = async context => context.Result = await resolver(context).ConfigureAwait(false);
        for (var i = own.Length - 1; i >= 0; i--)
        {
            pipeline = own[i](pipeline);
        }

        for (var i = _global.Count - 1; i >= 0; i--)
        {
            pipeline = _global[i](pipeline);
        }

        return pipeline;
    }
}
