using Graph.Language;
using Graph.Types.Resolvers;

namespace Graph.Execution;

/// <summary>
/// The execution algorithms of spec section 6, named as the spec (and graphql-js) name them. Independent fields of a
/// query run concurrently; mutation root fields run serially. Every await of unfinished work releases the
/// request's batch scheduler, so DataLoader batches run when all resolvers are waiting (see BatchScheduler).
/// </summary>
internal static partial class Executor
{
    /// <summary>ExecuteOperation (spec 6.2 "Executing Operations") for queries and mutations.</summary>
    public static ValueTask<OperationResult> ExecuteOperation(OperationContext context) => context.Operation.OperationType switch
    {
        OperationType.Mutation => ExecuteMutation(context),
        OperationType.Query => ExecuteQuery(context),
        _ => throw new InvalidOperationException("Subscriptions execute through ExecuteSubscription."),
    };

    /// <summary>ExecuteQuery (spec 6.2.1): the root selection set, fields concurrently.</summary>
    public static ValueTask<OperationResult> ExecuteQuery(OperationContext context) => ExecuteRootSelectionSet(context, serial: false);

    /// <summary>ExecuteMutation (spec 6.2.2): the root selection set, fields serially.</summary>
    public static ValueTask<OperationResult> ExecuteMutation(OperationContext context) => ExecuteRootSelectionSet(context, serial: true);

    /// <summary>ExecuteRootSelectionSet (spec 6.3): a null propagated to the root makes <c>data</c> null.</summary>
    private static async ValueTask<OperationResult> ExecuteRootSelectionSet(OperationContext context, bool serial)
    {
        var fields = context.Operation.GetRootFields(context.Collector);
        ValueTask<ResultMap> execution;
        var callersContext = LeaveCallersSynchronizationContext();
        context.Scheduler.Enter();
        try
        {
            execution = serial
                ? ExecuteFieldsSerially(context, context.Operation.RootType, context.RootValue, fields, ResultPath.Root)
                : ExecuteFields(context, context.Operation.RootType, context.RootValue, fields, ResultPath.Root);
        }
        finally
        {
            context.Scheduler.Leave();
            ReturnToSynchronizationContext(callersContext);
        }

        ResultMap? data;
        try
        {
            data = await execution.ConfigureAwait(false);
        }
        catch (FieldErrorException propagated)
        {
            context.AddError(propagated.Error, null);
            data = null;
        }

        return new OperationResult(data, ErrorOrder.InResponseOrder(context.TakeErrors(), data));
    }

    /// <summary>
    /// Resolvers run without the caller's <see cref="SynchronizationContext"/> (a UI thread's, or xUnit's in a test),
    /// as they do under ASP.NET Core, which has none. A resolver's own <c>await</c> would otherwise resume by posting
    /// to that context, outside the executor's work: the batch scheduler would see every resolver waiting while a
    /// continuation is still queued, and dispatch a DataLoader batch before the keys that continuation adds (one
    /// execution step split into several batches, at random). The caller's context is back before the first await.
    /// </summary>
    private static SynchronizationContext? LeaveCallersSynchronizationContext()
    {
        var callers = SynchronizationContext.Current;
        if (callers is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        return callers;
    }

    /// <summary>Calls <paramref name="start"/> (a resolver, which may go on asynchronously) without the caller's context.</summary>
    private static TResult StartOutsideCallersContext<TState, TResult>(Func<TState, TResult> start, TState state)
    {
        var callers = LeaveCallersSynchronizationContext();
        try
        {
            return start(state);
        }
        finally
        {
            ReturnToSynchronizationContext(callers);
        }
    }

    private static void ReturnToSynchronizationContext(SynchronizationContext? callers)
    {
        if (callers is not null)
        {
            SynchronizationContext.SetSynchronizationContext(callers);
        }
    }
}
