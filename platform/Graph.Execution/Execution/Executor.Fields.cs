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
        var map = new ResultMap(fields);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = ExecuteField(context, objectType, objectValue, field, path);
            if (execution.IsCompletedSuccessfully)
            {
                map.Set(i, execution.Result);
            }
            else if (execution.IsCompleted)
            {
                // A null propagating from a Non-Null field: the fields not started yet are not executed (graphql-js).
                return pending is null ? ValueTask.FromException<ResultMap>(ErrorOf(execution)) : AwaitFields(context, map, fields, pending, ErrorOf(execution));
            }
            else
            {
                (pending ??= []).Add((i, execution));
            }
        }

        return pending is null ? ValueTask.FromResult(map) : AwaitFields(context, map, fields, pending, null);
    }

    private static async ValueTask<ResultMap> AwaitFields(
        OperationContext context, ResultMap map, FieldSelection[] fields, List<(int Index, ValueTask<object?> Task)> pending, Exception? failure)
    {
        var resumed = false;
        try
        {
            foreach (var (index, task) in pending)
            {
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
