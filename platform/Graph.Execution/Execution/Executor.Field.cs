using Graph.Execution.Introspection;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

internal static partial class Executor
{
    /// <summary>
    /// ExecuteField (spec 6.4 "Executing Fields"): coerce arguments, resolve, complete; a field error makes the
    /// field null, or travels to the parent when the field is Non-Null (spec 6.4.4). Most fields resolve and complete
    /// synchronously, so this runs without an async state machine until something is actually pending. The field's
    /// path is built only when needed: for composite fields (their subfields and items extend it), for a resolver
    /// that asks for it, and for errors; a leaf field read by the default resolver allocates none.
    /// </summary>
    /// <param name="parentPath">The path of the object whose field this is.</param>
    public static ValueTask<object?> ExecuteField(OperationContext context, ObjectType objectType, object? objectValue, FieldSelection field, ResultPath parentPath)
    {
        var started = StartField(context, objectType, objectValue, field, parentPath, out var path, out var resolverPending);
        return resolverPending ? AwaitResolvedField(context, started, field, parentPath, path) : started;
    }

    /// <summary>
    /// <see cref="ExecuteField"/> up to a pending resolver: when <paramref name="resolverPending"/> is set, the task
    /// returned is the resolver's, not yet completed, and the caller awaits and completes it (see
    /// <see cref="AwaitResolvedField"/>, or <see cref="AwaitFields"/> for the first pending field of a selection set);
    /// otherwise it is the field's value (or its pending completion).
    /// </summary>
    private static ValueTask<object?> StartField(
        OperationContext context, ObjectType objectType, object? objectValue, FieldSelection field, ResultPath parentPath, out ResultPath? path, out bool resolverPending)
    {
        resolverPending = false;
        if (IsPlainLeafOf(context, objectType, field))
        {
            path = null;
            return CompletePlainLeaf(context, field, objectValue, parentPath);
        }

        path = field.NeedsPath ? parentPath.Append(field.ResponseKey) : null;
        try
        {
            var resolving = ResolveFieldValue(context, objectType, objectValue, field, parentPath, path);
            if (!resolving.IsCompletedSuccessfully)
            {
                // Faulted and canceled are final; anything else is still running or has just succeeded on another
                // thread since the check above (checking IsCompleted here would misread that as a failure).
                if (HasFailed(resolving))
                {
                    return HandleFieldError(context, ErrorOf(resolving), field, parentPath, path);
                }

                resolverPending = true;
                return resolving;
            }

            return CompleteResolvedField(context, field, resolving.Result, parentPath, path);
        }
        catch (Exception ex)
        {
            return HandleFieldError(context, ex, field, parentPath, path);
        }
    }

    /// <summary>
    /// CompleteValue of a field's resolved value, a field error handled at the field (spec 6.4.4): the value, or its
    /// pending completion, or a faulted result when the error travels to the parent (Non-Null).
    /// </summary>
    private static ValueTask<object?> CompleteResolvedField(OperationContext context, FieldSelection field, object? resolved, ResultPath parentPath, ResultPath? path)
    {
        try
        {
            var completing = CompleteValue(context, field.Field.Type, field, resolved, path);
            if (completing.IsCompletedSuccessfully)
            {
                return completing;
            }

            return HasFailed(completing)
                ? HandleFieldError(context, ErrorOf(completing), field, parentPath, path)
                : AwaitCompletedField(context, completing, field, parentPath, path);
        }
        catch (Exception ex)
        {
            return HandleFieldError(context, ex, field, parentPath, path);
        }
    }

    /// <summary>Whether <paramref name="field"/> of <paramref name="objectType"/> is a plain leaf (<see cref="FieldSelection.IsPlainLeaf"/>).</summary>
    private static bool IsPlainLeafOf(OperationContext context, ObjectType objectType, FieldSelection field) =>
        ReferenceEquals(objectType, field.ParentType) && field.IsPlainLeaf(context);

    /// <summary>
    /// A plain leaf field executed inline: ResolveFieldValue would only read the property, and CompleteValue only
    /// complete the leaf; a field error is handled at the field.
    /// </summary>
    private static ValueTask<object?> CompletePlainLeaf(OperationContext context, FieldSelection field, object? objectValue, ResultPath parentPath)
    {
        try
        {
            return new ValueTask<object?>(CompleteLeaf(field, field.ReadProperty(objectValue)));
        }
        catch (Exception ex)
        {
            return HandleFieldError(context, ex, field, parentPath, null);
        }
    }

    // As the async form would: a handled error is the field's null; one travelling up is a faulted result.
    private static ValueTask<object?> HandleFieldError(OperationContext context, Exception exception, FieldSelection field, ResultPath parentPath, ResultPath? path)
    {
        try
        {
            return new ValueTask<object?>(FieldErrors.Handle(context, exception, field.Field.Type, field, path ?? parentPath.Append(field.ResponseKey)));
        }
        catch (Exception propagated)
        {
            return ValueTask.FromException<object?>(propagated);
        }
    }

    // The resolver is pending (or failed): await it, then complete, in a scheduler strand of its own once resumed.
    private static async ValueTask<object?> AwaitResolvedField(
        OperationContext context, ValueTask<object?> resolving, FieldSelection field, ResultPath parentPath, ResultPath? path)
    {
        var resumed = false;
        try
        {
            object? resolved;
            try
            {
                resolved = await resolving.ConfigureAwait(false);
            }
            finally
            {
                context.Scheduler.Enter();
                resumed = true;
            }

            var completing = CompleteValue(context, field.Field.Type, field, resolved, path);
            if (completing.IsCompletedSuccessfully)
            {
                return completing.Result;
            }

            context.Scheduler.Leave();
            resumed = false;
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
            return FieldErrors.Handle(context, ex, field.Field.Type, field, path ?? parentPath.Append(field.ResponseKey));
        }
        finally
        {
            if (resumed)
            {
                context.Scheduler.Leave();
            }
        }
    }

    // Resolved synchronously, completion pending (subfields or items waiting on DataLoaders).
    private static async ValueTask<object?> AwaitCompletedField(
        OperationContext context, ValueTask<object?> completing, FieldSelection field, ResultPath parentPath, ResultPath? path)
    {
        var resumed = false;
        try
        {
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
            return FieldErrors.Handle(context, ex, field.Field.Type, field, path ?? parentPath.Append(field.ResponseKey));
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
    /// other fields through their middleware pipeline and resolver (or the default resolver). A field without
    /// resolver or middleware under the default property resolver is read straight from the parent through the
    /// selection's cached getter: no resolver context for what only needs the parent and the name.
    /// </summary>
    public static ValueTask<object?> ResolveFieldValue(
        OperationContext context, ObjectType objectType, object? objectValue, FieldSelection field, ResultPath parentPath, ResultPath? path)
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
        var pipeline = context.Pipelines.Get(objectType, field.Field, resolver);
        if (pipeline is null && ReferenceEquals(resolver, PropertyResolver.Resolve))
        {
            return new ValueTask<object?>(field.ReadProperty(objectValue));
        }

        var resolverContext = new ResolverContext(context, field, objectValue, arguments, parentPath, path);
        return pipeline is null ? resolver(resolverContext) : RunPipeline(pipeline, resolverContext);
    }

    private static async ValueTask<object?> RunPipeline(Processing.FieldDelegate pipeline, ResolverContext context)
    {
        await pipeline(context).ConfigureAwait(false);
        return context.Result;
    }
}
