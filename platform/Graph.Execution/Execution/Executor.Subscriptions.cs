using System.Runtime.CompilerServices;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

internal static partial class Executor
{
    /// <summary>
    /// Subscribe (spec 6.2.3 "Subscription"): CreateSourceEventStream, then MapSourceToResponseEvent. A failure to
    /// create the source stream is a single result with errors and no data.
    /// </summary>
    public static async ValueTask<IExecutionResult> ExecuteSubscription(OperationContext context, Func<ValueTask>? onDispose)
    {
        IAsyncEnumerable<object?> sourceStream;
        try
        {
            sourceStream = await CreateSourceEventStream(context).ConfigureAwait(false);
        }
        catch (FieldErrorException failed)
        {
            return OperationResult.FromErrors([failed.Error]);
        }

        return new ResponseStream(MapSourceToResponseEvent(context, sourceStream, context.CancellationToken), onDispose);
    }

    /// <summary>
    /// CreateSourceEventStream (spec 6.2.3.1): the single root field's arguments coerced and its subscribe resolver
    /// called (ResolveFieldEventStream); without one, the field's resolver must return the stream.
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStream(OperationContext context)
    {
        var rootType = context.Operation.RootType;
        var fields = context.Operation.GetRootFields(context.Collector);
        if (fields.Length == 0)
        {
            throw new FieldErrorException(new GraphQLError("The subscription has no root field.", GraphQLError.LocationsOf(context.Operation.Definition)));
        }

        var field = fields[0];
        var path = ResultPath.Root.Append(field.ResponseKey);
        try
        {
            var arguments = field.CoerceArguments(context.Variables);
            var resolverContext = new ResolverContext(context, field, context.RootValue, arguments, path);
            object? stream = field.Field.SubscribeResolver is { } subscribe
                ? await StartOutsideCallersContext(static s => s.subscribe(s.resolverContext), (subscribe, resolverContext)).ConfigureAwait(false)
                : await StartOutsideCallersContext(static s => s.resolve(s.resolverContext), (resolve: field.Field.Resolver ?? context.DefaultResolver, resolverContext))
                    .ConfigureAwait(false);
            return stream as IAsyncEnumerable<object?>
                ?? throw new CompletionException($"Subscription field must return AsyncIterable. Received: {ValueInspector.Inspect(stream)}.");
        }
        catch (Exception ex) when (ex is not FieldErrorException)
        {
            // Located like a field error at the root field's path; a Non-Null position makes Handle throw it located.
            _ = FieldErrors.Handle(context, ex, new NonNullType(rootType), field, path);
            throw;
        }
    }

    /// <summary>
    /// MapSourceToResponseEvent (spec 6.2.3.2): each source event executes the selection set with the event as the
    /// root value (ExecuteSubscriptionEvent) and yields one response; disposing the stream unsubscribes.
    /// </summary>
    public static async IAsyncEnumerable<OperationResult> MapSourceToResponseEvent(
        OperationContext context, IAsyncEnumerable<object?> sourceStream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var sourceEvent in sourceStream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await ExecuteSubscriptionEvent(context.WithRootValue(sourceEvent)).ConfigureAwait(false);
        }
    }

    /// <summary>ExecuteSubscriptionEvent (spec 6.2.3.2): the root selection set over one event, fields concurrently.</summary>
    public static ValueTask<OperationResult> ExecuteSubscriptionEvent(OperationContext context) => ExecuteRootSelectionSet(context, serial: false);
}
