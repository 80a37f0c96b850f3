using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

internal static partial class Executor
{
    /// <summary>
    /// ExecuteSelectionSet / ExecuteFields (spec 6.3 "Normal and Serial Execution"): every field is started before
    /// any is awaited, so independent asynchronous resolvers run concurrently; results keep selection order.
    /// </summary>
    public static ValueTask<ResultMap> ExecuteFields(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection[] fields, ResultPath path)
    {
        var executing = ExecuteSelectionSet(context, objectType, objectValue, fields, path);
        return executing.IsCompletedSuccessfully ? new ValueTask<ResultMap>((ResultMap)executing.Result!) : AwaitMap(executing);
    }

    private static async ValueTask<ResultMap> AwaitMap(ValueTask<object?> executing) => (ResultMap)(await executing.ConfigureAwait(false))!;

    /// <summary>
    /// <see cref="ExecuteFields"/> typed as a completed value, so an object completing asynchronously (fields waiting
    /// on a DataLoader) costs one state machine, not a second one converting the map to <c>object?</c>. The first
    /// pending field is kept apart: the usual case is one (a DataLoader-backed field), which then needs no list, and
    /// when its resolver is what is pending, <see cref="AwaitFields"/> awaits and completes it itself (it is the
    /// first thing awaited there, so its completion starts exactly when a state machine of its own would start it).
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection[] fields, ResultPath path) =>
        ExecuteSelectionSet(context, objectType, objectValue, fields, path, deferResolver: false, out _);

    /// <summary>
    /// <see cref="ExecuteSelectionSet(OperationContext, ObjectType, object?, FieldSelection[], ResultPath)"/>; when
    /// <paramref name="deferResolver"/> is set and the object's only pending field is a resolver, nothing awaits it:
    /// <paramref name="deferred"/> describes it and the caller (a list completing its items) awaits and completes it
    /// in its own state machine, so an object of a list waiting on a DataLoader costs no state machine of its own.
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(
        OperationContext context, ObjectType objectType, object? objectValue, FieldSelection[] fields, ResultPath path, bool deferResolver, out DeferredField deferred)
    {
        deferred = default;
        var map = new ResultMap(fields);
        PendingField first = default;
        var hasFirst = false;
        List<(int Index, ValueTask<object?> Task)>? more = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            ValueTask<object?> execution;
            ResultPath? fieldPath = null;
            var resolverPending = false;
            if (IsPlainLeafOf(context, objectType, field))
            {
                // StartField's first case without the call (most fields are plain leaves).
                execution = CompletePlainLeaf(context, field, objectValue, path);
            }
            else
            {
                execution = StartField(context, objectType, objectValue, field, path, out fieldPath, out resolverPending);
            }

            if (resolverPending)
            {
                if (!hasFirst)
                {
                    (first, hasFirst) = (new PendingField(i, execution, fieldPath, Resolving: true), true);
                }
                else
                {
                    (more ??= []).Add((i, AwaitResolvedField(context, execution, fields[i], path, fieldPath)));
                }
            }
            else if (execution.IsCompletedSuccessfully)
            {
                map.Set(i, execution.Result);
            }
            else if (HasFailed(execution))
            {
                // A null propagating from a Non-Null field: the fields not started yet are not executed (graphql-js).
                return hasFirst
                    ? AwaitFields(context, map, fields, path, first, more, ErrorOf(execution))
                    : ValueTask.FromException<object?>(ErrorOf(execution));
            }
            else if (!hasFirst)
            {
                (first, hasFirst) = (new PendingField(i, execution, null, Resolving: false), true);
            }
            else
            {
                (more ??= []).Add((i, execution));
            }
        }

        if (!hasFirst)
        {
            return new ValueTask<object?>(map);
        }

        if (more is null && first.Resolving)
        {
            if (deferResolver)
            {
                deferred = new DeferredField(map, first.Index, first.Task, first.Path);
                return default;
            }

            return AwaitResolvedFieldOfMap(context, map, fields[first.Index], first.Index, first.Task, first.Path, path);
        }

        return AwaitFields(context, map, fields, path, first, more, null);
    }

    /// <summary>
    /// An object whose fields all completed but one whose resolver is pending: the map to finish, the field's index in
    /// it, the resolver's task and the field's path (null for a leaf).
    /// </summary>
    private readonly record struct DeferredField(ResultMap Map, int Index, ValueTask<object?> Resolving, ResultPath? Path);

    /// <summary>
    /// <see cref="AwaitFields"/> for its most common case, an object whose one pending field is a resolver (a
    /// DataLoader-backed field): the same steps with a smaller state machine, which every such object allocates.
    /// </summary>
    private static async ValueTask<object?> AwaitResolvedFieldOfMap(
        OperationContext context, ResultMap map, FieldSelection field, int index, ValueTask<object?> resolving, ResultPath? path, ResultPath parentPath)
    {
        var resumed = false;
        try
        {
            object? value;
            try
            {
                object? resolved;
                if (resolving.IsCompleted)
                {
                    resolved = resolving.Result;
                }
                else
                {
                    try
                    {
                        resolved = await resolving.ConfigureAwait(false);
                    }
                    finally
                    {
                        context.Scheduler.Enter();
                        resumed = true;
                    }
                }

                var completing = CompleteValue(context, field.Field.Type, field, resolved, path);
                if (completing.IsCompletedSuccessfully)
                {
                    value = completing.Result;
                }
                else
                {
                    if (resumed)
                    {
                        context.Scheduler.Leave();
                    }

                    try
                    {
                        value = await completing.ConfigureAwait(false);
                    }
                    finally
                    {
                        context.Scheduler.Enter();
                        resumed = true;
                    }
                }
            }
            catch (Exception ex)
            {
                // A handled error is the field's null; one propagating (Non-Null) fails the whole object.
                value = FieldErrors.Handle(context, ex, field.Field.Type, field, path ?? parentPath.Append(field.ResponseKey));
            }

            map.Set(index, value);
            return map;
        }
        finally
        {
            if (resumed)
            {
                context.Scheduler.Leave();
            }
        }
    }

    /// <summary>The first pending field of a selection set: its value, or (<paramref name="Resolving"/>) its resolver's.</summary>
    private readonly record struct PendingField(int Index, ValueTask<object?> Task, ResultPath? Path, bool Resolving);

    private static async ValueTask<object?> AwaitFields(
        OperationContext context,
        ResultMap map,
        FieldSelection[] fields,
        ResultPath parentPath,
        PendingField first,
        List<(int Index, ValueTask<object?> Task)>? more,
        Exception? failure)
    {
        var resumed = false;
        try
        {
            var count = 1 + (more?.Count ?? 0);
            for (var n = 0; n < count; n++)
            {
                var (index, task) = n == 0 ? (first.Index, first.Task) : more![n - 1];
                try
                {
                    object? value;
                    if (n == 0 && first.Resolving)
                    {
                        // As AwaitResolvedField: resolve, complete in this strand, a field error handled at the field.
                        var field = fields[index];
                        try
                        {
                            object? resolved;
                            if (task.IsCompleted)
                            {
                                resolved = task.Result;
                            }
                            else
                            {
                                try
                                {
                                    resolved = await task.ConfigureAwait(false);
                                }
                                finally
                                {
                                    context.Scheduler.Enter();
                                    resumed = true;
                                }
                            }

                            var completing = CompleteValue(context, field.Field.Type, field, resolved, first.Path);
                            if (completing.IsCompletedSuccessfully)
                            {
                                value = completing.Result;
                            }
                            else
                            {
                                if (resumed)
                                {
                                    context.Scheduler.Leave();
                                }

                                try
                                {
                                    value = await completing.ConfigureAwait(false);
                                }
                                finally
                                {
                                    context.Scheduler.Enter();
                                    resumed = true;
                                }
                            }
                        }
                        catch (Exception ex)
                        {
                            value = FieldErrors.Handle(context, ex, field.Field.Type, field, first.Path ?? parentPath.Append(field.ResponseKey));
                        }
                    }
                    else if (task.IsCompleted)
                    {
                        value = task.Result;
                    }
                    else
                    {
                        if (resumed)
                        {
                            context.Scheduler.Leave();
                        }

                        try
                        {
                            value = await task.ConfigureAwait(false);
                        }
                        finally
                        {
                            context.Scheduler.Enter();
                            resumed = true;
                        }
                    }

                    map.Set(index, value);
                }
                catch (FieldErrorException propagated)
                {
                    failure ??= propagated;
                }
            }

            return failure is null ? map : throw failure;
        }
        finally
        {
            if (resumed)
            {
                context.Scheduler.Leave();
            }
        }
    }

    /// <summary>ExecuteFieldsSerially (spec 6.3.1 "Serial Execution"): each field completes before the next starts.</summary>
    public static async ValueTask<ResultMap> ExecuteFieldsSerially(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection[] fields, ResultPath path)
    {
        var map = new ResultMap(fields);
        var resumed = false;
        try
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                var execution = ExecuteField(context, objectType, objectValue, field, path);
                object? value;
                if (execution.IsCompleted)
                {
                    value = execution.Result;
                }
                else
                {
                    if (resumed)
                    {
                        context.Scheduler.Leave();
                    }

                    try
                    {
                        value = await execution.ConfigureAwait(false);
                    }
                    finally
                    {
                        context.Scheduler.Enter();
                        resumed = true;
                    }
                }

                map.Set(i, value);
            }

            return map;
        }
        finally
        {
            if (resumed)
            {
                context.Scheduler.Leave();
            }
        }
    }

    /// <summary>
    /// Whether a task that was not completed successfully a moment ago has failed: faulted and canceled are final
    /// states, whereas "completed" may have become true by succeeding on another thread since that check.
    /// </summary>
    private static bool HasFailed<T>(ValueTask<T> task) => task.IsFaulted || task.IsCanceled;

    private static Exception ErrorOf<T>(ValueTask<T> completed)
    {
        try
        {
            _ = completed.Result;
            return new InvalidOperationException("The task did not fail.");
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
