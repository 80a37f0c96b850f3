using Graph.Execution.Introspection;
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
        var map = new ResultMap(fields.Length);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var execution = ExecuteField(context, objectType, objectValue, field, path.Append(field.ResponseKey));
            map.Set(i, field.ResponseKey, null);
            if (execution.IsCompletedSuccessfully)
            {
                map.Set(i, field.ResponseKey, execution.Result);
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

                    map.Set(index, fields[index].ResponseKey, value);
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
        var map = new ResultMap(fields.Length);
        var resumed = false;
        try
        {
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                var execution = ExecuteField(context, objectType, objectValue, field, path.Append(field.ResponseKey));
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

                map.Set(i, field.ResponseKey, value);
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
    /// ExecuteField (spec 6.4 "Executing Fields"): coerce arguments, resolve, complete; a field error makes the
    /// field null, or travels to the parent when the field is Non-Null (spec 6.4.4).
    /// </summary>
    public static async ValueTask<object?> ExecuteField(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection field, ResultPath path)
    {
        var resumed = false;
        try
        {
            var resolving = ResolveFieldValue(context, objectType, objectValue, field, path);
            object? resolved;
            if (resolving.IsCompletedSuccessfully)
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
                return completing.Result;
            }

            if (resumed)
            {
                context.Scheduler.Leave();
            }

            try
            {
                return await completing.ConfigureAwait(false);
            }
            finally
            {
                context.Scheduler.Enter();
                resumed = true;
            }
        }
        catch (Exception ex)
        {
            return FieldErrors.Handle(context, ex, field.Field.Type, field, path);
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
    /// ResolveFieldValue (spec 6.4.2 "Value Resolution"): meta-fields and introspection answered from the schema,
    /// other fields through their middleware pipeline and resolver (or the default resolver).
    /// </summary>
    public static ValueTask<object?> ResolveFieldValue(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection field, ResultPath path)
    {
        switch (field.Meta)
        {
            case MetaField.TypeName:
                return new ValueTask<object?>(objectType.Name);
            case MetaField.Schema:
                return new ValueTask<object?>(context.Schema);
            case MetaField.Type:
                var name = field.CoerceArguments(context.Variables)["name"] as string;
                return new ValueTask<object?>(name is null ? null : context.Schema.FindType(name));
        }

        var arguments = field.CoerceArguments(context.Variables);
        if (objectType.IsBuiltIn && field.Field.Resolver is null && IntrospectionResolvers.IsIntrospectionType(objectType))
        {
            return new ValueTask<object?>(IntrospectionResolvers.Resolve(context.Schema, objectType, field.Field.Name, objectValue, arguments));
        }

        var resolver = field.Field.Resolver ?? context.DefaultResolver;
        var resolverContext = new ResolverContext(context, field, objectValue, arguments, path);
        var pipeline = context.Pipelines.Get(objectType, field.Field, resolver);
        return pipeline is null ? resolver(resolverContext) : RunPipeline(pipeline, resolverContext);
    }

    private static async ValueTask<object?> RunPipeline(Processing.FieldDelegate pipeline, ResolverContext context)
    {
        await pipeline(context).ConfigureAwait(false);
        return context.Result;
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
