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
    /// pending field is kept apart: the usual case is one (a DataLoader-backed field), which then needs no list.
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection[] fields, ResultPath path)
    {
        var map = new ResultMap(fields);
        var firstIndex = -1;
        ValueTask<object?> first = default;
        List<(int Index, ValueTask<object?> Task)>? more = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var execution = ExecuteField(context, objectType, objectValue, fields[i], path);
            if (execution.IsCompletedSuccessfully)
            {
                map.Set(i, execution.Result);
            }
            else if (execution.IsCompleted)
            {
                // A null propagating from a Non-Null field: the fields not started yet are not executed (graphql-js).
                return firstIndex < 0
                    ? ValueTask.FromException<object?>(ErrorOf(execution))
                    : AwaitFields(context, map, firstIndex, first, more, ErrorOf(execution));
            }
            else if (firstIndex < 0)
            {
                (firstIndex, first) = (i, execution);
            }
            else
            {
                (more ??= []).Add((i, execution));
            }
        }

        return firstIndex < 0 ? new ValueTask<object?>(map) : AwaitFields(context, map, firstIndex, first, more, null);
    }

    private static async ValueTask<object?> AwaitFields(
        OperationContext context, ResultMap map, int firstIndex, ValueTask<object?> first, List<(int Index, ValueTask<object?> Task)>? more, Exception? failure)
    {
        var resumed = false;
        try
        {
            var count = 1 + (more?.Count ?? 0);
            for (var n = 0; n < count; n++)
            {
                var (index, task) = n == 0 ? (firstIndex, first) : more![n - 1];
                try
                {
                    object? value;
                    if (task.IsCompleted)
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
