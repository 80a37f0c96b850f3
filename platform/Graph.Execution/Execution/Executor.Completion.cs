using System.Collections;
using System.Text.Json;
using Graph.Types;
using Graph.Types.Resolvers;

namespace Graph.Execution;

internal static partial class Executor
{
    /// <summary>
    /// CompleteValue (spec 6.4.3 "Value Completion"): Non-Null checks, lists item by item, leaf serialization through
    /// the scalar or enum type, objects by executing their subfields, abstract types through a type resolver.
    /// </summary>
    /// <param name="path">The value's path; null for a leaf type (see <see cref="FieldSelection.NeedsPath"/>), which needs none.</param>
    public static ValueTask<object?> CompleteValue(OperationContext context, IType fieldType, FieldSelection field, object? result, ResultPath? path)
    {
        if (fieldType is NonNullType nonNull)
        {
            // Only a null result completes to null, and it does so synchronously; a pending completion is an object
            // or a list, which completes to a map or an array or fails, so it needs no null check of its own.
            var completing = CompleteValue(context, nonNull.OfType, field, result, path);
            return completing.IsCompletedSuccessfully && completing.Result is null ? throw NonNullViolation(field) : completing;
        }

        if (result is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return new ValueTask<object?>((object?)null);
        }

        return fieldType switch
        {
            ListType list => CompleteListValue(context, list, field, result, path!),
            ScalarType scalar => new ValueTask<object?>(CompleteLeafValue(scalar, result)),
            EnumType enumType => new ValueTask<object?>(CompleteEnumValue(enumType, result)),
            ObjectType objectType => CompleteObjectValue(context, objectType, field, result, path!),
            IAbstractType abstractType => CompleteObjectValue(context, ResolveAbstractType(context, abstractType, field, result, path!), field, result, path!),
            _ => throw new CompletionException($"Cannot complete a value of type \"{fieldType}\"."),
        };
    }

    /// <summary>
    /// <see cref="CompleteValue"/> of a leaf field's value (<see cref="FieldSelection.LeafType"/>): a null is a field
    /// error when the field is Non-Null, anything else is serialized by the scalar or enum.
    /// </summary>
    private static object? CompleteLeaf(FieldSelection field, object? result)
    {
        if (result is null or JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return field.LeafIsNonNull ? throw NonNullViolation(field) : null;
        }

        return field.LeafType is ScalarType scalar ? CompleteLeafValue(scalar, result) : CompleteEnumValue((EnumType)field.LeafType!, result);
    }

    private static CompletionException NonNullViolation(FieldSelection field) =>
        new($"Cannot return null for non-nullable field {field.Coordinate}.");

    /// <summary>Result coercion of a scalar (spec 3.5); a failure is a field error with the scalar's message.</summary>
    /// <remarks>
    /// A built-in scalar given a value already of its result type returns that value unchanged; answering those cases
    /// here keeps the resolver's box instead of boxing the same number again (Float, Int), and shares two boxes for
    /// every Boolean. Any other value goes through the scalar's coercion.
    /// </remarks>
    private static object CompleteLeafValue(ScalarType scalar, object result) => (scalar.Coercion, result) switch
    {
        (StringCoercion or IdCoercion, string) => result,
        (FloatCoercion, double d) when double.IsFinite(d) => result,
        (BooleanCoercion, bool b) => Boxes.Of(b),
        (IntCoercion, int) => result,
        _ => SerializeLeaf(scalar, result),
    };

    private static object SerializeLeaf(ScalarType scalar, object result) =>
        scalar.SerializeResult(result)
        ?? throw new CompletionException($"Expected `{scalar.Name}.coerceOutputValue({ValueInspector.Inspect(result)})` to return non-nullish value, returned: null");

    /// <summary>Result coercion of an enum (spec 3.9): the name of the value whose internal value is the result.</summary>
    private static object CompleteEnumValue(EnumType enumType, object result)
    {
        var runtime = result is JsonElement { ValueKind: JsonValueKind.String } json ? json.GetString()! : result;
        return enumType.TryGetByRuntimeValue(runtime, out var value)
            ? value.Name
            : throw new CompletionException($"Enum \"{enumType.Name}\" cannot represent value: {ValueInspector.Inspect(result)}");
    }

    /// <summary>CompleteListValue (spec 6.4.3, 3.11 result coercion): items completed in order, each at its index.</summary>
    private static ValueTask<object?> CompleteListValue(OperationContext context, ListType listType, FieldSelection field, object result, ResultPath path)
    {
        IEnumerable items = result switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } json => json.EnumerateArray(),
            string or JsonElement or IDictionary or IEnumerable<KeyValuePair<string, object?>> => throw NotIterable(field),
            IEnumerable enumerable => enumerable,
            _ => throw NotIterable(field),
        };

        var itemType = listType.OfType;

        // Leaf items get a path only for an error (FieldSelection.NeedsPath).
        var itemsNeedPath = !FieldSelection.IsLeaf(itemType);

        // Items of an object type are executed here rather than through CompleteValue, so that an item whose one
        // pending field is a resolver (a DataLoader) is awaited by this list's state machine (DeferredField).
        var objectItemType = (itemType is NonNullType nonNull ? nonNull.OfType : itemType) as ObjectType;
        FieldSelection[]? itemFields = null;

        // The result array is sized from the collection when it has a count (grown otherwise) and returned as it is:
        // no list to copy at the end. Once one item is pending, the others likely will be too (the same DataLoader),
        // so the pending list is sized for the rest of the items at once.
        var completed = result is ICollection collection ? new object?[collection.Count] : new object?[4];
        List<PendingItem>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            if (index == completed.Length)
            {
                Array.Resize(ref completed, Math.Max(4, completed.Length * 2));
            }

            var itemPath = itemsNeedPath ? path.Append(index) : null;
            try
            {
                ValueTask<object?> completing;
                DeferredField deferred = default;
                if (objectItemType is not null && item is not null and not JsonElement)
                {
                    itemFields ??= field.GetSubfields(objectItemType, context.Collector);
                    completing = ExecuteSelectionSet(context, objectItemType, item, itemFields, itemPath!, deferResolver: true, out deferred);
                }
                else
                {
                    completing = CompleteValue(context, itemType, field, item, itemPath);
                }

                if (deferred.Map is not null)
                {
                    (pending ??= new(Math.Max(1, completed.Length - index))).Add(new PendingItem(index, itemPath, deferred.Resolving, deferred.Map, deferred.Index, deferred.Path));
                }
                else if (completing.IsCompletedSuccessfully)
                {
                    completed[index] = completing.Result;
                }
                else if (HasFailed(completing))
                {
                    completed[index] = FieldErrors.Handle(context, ErrorOf(completing), itemType, field, itemPath ?? path.Append(index));
                }
                else
                {
                    (pending ??= new(Math.Max(1, completed.Length - index))).Add(new PendingItem(index, itemPath, completing, null, 0, null));
                }
            }
            catch (Exception ex)
            {
                try
                {
                    completed[index] = FieldErrors.Handle(context, ex, itemType, field, itemPath ?? path.Append(index));
                }
                catch (FieldErrorException propagated) when (pending is not null)
                {
                    return AwaitListItems(context, completed, pending, itemType, field, path, propagated);
                }
            }

            index++;
        }

        if (index != completed.Length)
        {
            Array.Resize(ref completed, index);
        }

        return pending is null ? new ValueTask<object?>(completed) : AwaitListItems(context, completed, pending, itemType, field, path, null);
    }

    /// <summary>
    /// A list item still pending: its index and path, and either its completion (<see cref="Task"/>) or, when
    /// <see cref="Map"/> is set, the item's object waiting on the resolver of its field at <see cref="FieldIndex"/>
    /// (<see cref="Task"/> is that resolver's; <see cref="FieldPath"/> the field's path, null for a leaf).
    /// </summary>
    private readonly record struct PendingItem(int Index, ResultPath? Path, ValueTask<object?> Task, ResultMap? Map, int FieldIndex, ResultPath? FieldPath);

    /// <summary>A deferred item whose field resolved but whose completion is pending (its subfields wait on DataLoaders).</summary>
    private readonly record struct CompletingItem(int Index, ResultPath? Path, ValueTask<object?> Field, ResultMap Map, int FieldIndex);

    /// <summary>
    /// Awaits the pending items in order. A deferred item's resolver is awaited and its value completed here, as
    /// <see cref="AwaitResolvedFieldOfMap"/> would; when that completion is itself pending, it continues on its own
    /// (<see cref="AwaitCompletedField"/>) and is awaited after the other items, so that every item's subfields start
    /// in the same execution step and their DataLoader keys share one batch.
    /// </summary>
    private static async ValueTask<object?> AwaitListItems(
        OperationContext context,
        object?[] completed,
        List<PendingItem> pending,
        IType itemType,
        FieldSelection field,
        ResultPath path,
        Exception? failure)
    {
        var resumed = false;
        List<CompletingItem>? completing = null;
        try
        {
            foreach (var (index, itemPath, task, deferredMap, fieldIndex, fieldPath) in pending)
            {
                try
                {
                    object? value = null;
                    Exception? resolverError = null;
                    if (task.IsCompleted)
                    {
                        if (deferredMap is null)
                        {
                            value = task.Result;
                        }
                        else
                        {
                            (value, resolverError) = ResultOrError(task);
                        }
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
                        catch (Exception ex) when (deferredMap is not null)
                        {
                            resolverError = ex; // the resolver's error: handled at its field
                        }
                        finally
                        {
                            context.Scheduler.Enter();
                            resumed = true;
                        }
                    }

                    if (deferredMap is { } map)
                    {
                        // As AwaitResolvedFieldOfMap: the resolver's value (or error) completed at the field; an error
                        // propagating from a Non-Null field faults the result and fails the item.
                        var itemField = map.FieldAt(fieldIndex);
                        var fieldValue = resolverError is null
                            ? CompleteResolvedField(context, itemField, value, itemPath!, fieldPath)
                            : HandleFieldError(context, resolverError, itemField, itemPath!, fieldPath);
                        if (!fieldValue.IsCompletedSuccessfully)
                        {
                            (completing ??= []).Add(new CompletingItem(index, itemPath, fieldValue, map, fieldIndex));
                            continue;
                        }

                        map.Set(fieldIndex, fieldValue.Result);
                        value = map;
                    }

                    completed[index] = value;
                }
                catch (Exception ex)
                {
                    failure = HandleItemError(context, ex, itemType, field, path, index, itemPath, completed, failure);
                }
            }

            foreach (var (index, itemPath, fieldValue, map, completingIndex) in completing ?? [])
            {
                try
                {
                    if (resumed)
                    {
                        context.Scheduler.Leave();
                        resumed = false;
                    }

                    map.Set(completingIndex, await fieldValue.ConfigureAwait(false));
                    completed[index] = map;
                }
                catch (Exception ex)
                {
                    failure = HandleItemError(context, ex, itemType, field, path, index, itemPath, completed, failure);
                }
            }

            return failure is null ? completed : throw failure;
        }
        finally
        {
            if (resumed)
            {
                context.Scheduler.Leave();
            }
        }
    }

    /// <summary>The outcome of a completed task: its value, or the exception it failed with.</summary>
    private static (object? Value, Exception? Error) ResultOrError(ValueTask<object?> completed)
    {
        try
        {
            return (completed.Result, null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }

    /// <summary>
    /// A list item that failed: its null, or (Non-Null items) the error that nulls the list, which is returned; once
    /// the list is null, later items' errors are not reported.
    /// </summary>
    private static Exception? HandleItemError(
        OperationContext context, Exception exception, IType itemType, FieldSelection field, ResultPath path, int index, ResultPath? itemPath, object?[] completed, Exception? failure)
    {
        if (failure is not null)
        {
            return failure;
        }

        try
        {
            completed[index] = FieldErrors.Handle(context, exception, itemType, field, itemPath ?? path.Append(index));
            return null;
        }
        catch (FieldErrorException propagated)
        {
            return propagated;
        }
    }

    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(StringComparer.Ordinal);

    private static CompletionException NotIterable(FieldSelection field) =>
        new($"Expected Iterable, but did not find one for field \"{field.Coordinate}\".");

    /// <summary>CompleteObjectValue: ExecuteSelectionSet over the merged subfields (spec 6.4.3 CollectSubfields).</summary>
    private static ValueTask<object?> CompleteObjectValue(OperationContext context, ObjectType objectType, FieldSelection field, object result, ResultPath path)
    {
        var subfields = field.GetSubfields(objectType, context.Collector);
        return ExecuteSelectionSet(context, objectType, result, subfields, path);
    }

    /// <summary>ResolveAbstractType (spec 6.4.3): the type's resolver, or the default (<c>__typename</c>, CLR type).</summary>
    private static ObjectType ResolveAbstractType(OperationContext context, IAbstractType abstractType, FieldSelection field, object result, ResultPath path)
    {
        var resolver = abstractType.ResolveType ?? DefaultResolvers.ResolveType;
        var resolverContext = new ResolverContext(context, field, result, NoArguments, path);
        var typeName = resolver(result, resolverContext, abstractType)
            ?? throw new CompletionException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        return context.Schema.FindType(typeName) switch
        {
            null => throw new CompletionException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."),
            ObjectType objectType when context.Schema.IsSubType(abstractType, objectType) => objectType,
            ObjectType objectType => throw new CompletionException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\"."),
            _ => throw new CompletionException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."),
        };
    }
}
