using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Execution;
using Graph.Execution.Coercion;
using Graph.Language;
using Graph.Types;

namespace Graph.Fusion.Execution.Execution;

/// <summary>
/// Builds the client's <c>data</c> from the merged subgraph results: exactly the client's selection (response keys,
/// selection order, <c>__typename</c> from the concrete type, variable <c>@skip</c>/<c>@include</c>), internal fields
/// left out, values completed against the client schema with null propagation (spec 6.4.4): a null in a non-null
/// position nulls the nearest nullable parent, with an error unless one was already reported at or below it.
/// </summary>
/// <remarks>
/// The collected fields of a selection set on an object type (spec 6.3.2) do not change between requests unless a
/// variable <c>@skip</c>/<c>@include</c> decides them, so they are kept in the plan's <see cref="ShapeCache"/> and
/// shared. The response path is one stack per request, copied only into an error. One algorithm reads both a
/// subgraph's read-only answer and merged data: it is generic over <see cref="IJsonView{TView}"/> structs.
/// </remarks>
internal sealed class ResultShaper(Graph.Types.Schema schema, VariableValues variables, List<GraphQLError> errors, IReadOnlyDictionary<string, object?>? introspection, ShapeCache cache)
{
    private static readonly IReadOnlyList<SelectionNode> NoSelections = [];
    private readonly List<object> _path = [];
    private HashSet<string>? _errorPaths;
    private bool _readVariable;

    private sealed class NullPropagation : Exception;

    /// <summary>Shapes merged data (the answers of several fetches and where each was merged).</summary>
    public ResultMap? Shape(OperationType operationType, SelectionSetNode selectionSet, MergedView data) =>
        ShapeRoot(operationType, selectionSet, data);

    /// <summary>
    /// The same shaping straight from a subgraph's read-only answer, for a plan whose one root fetch is all the data
    /// (nothing was merged into it): no mutable nodes are built.
    /// </summary>
    public ResultMap? Shape(OperationType operationType, SelectionSetNode selectionSet, JsonElement data) =>
        ShapeRoot(operationType, selectionSet, new ElementView(data));

    private ResultMap? ShapeRoot<TView>(OperationType operationType, SelectionSetNode selectionSet, TView data)
        where TView : struct, IJsonView<TView>
    {
        var root = schema.GetRootType(operationType)!;
        try
        {
            return ShapeObject(root, selectionSet.Selections, data, true);
        }
        catch (NullPropagation)
        {
            return null;
        }
    }

    private ResultMap ShapeObject<TView>(ObjectType type, IReadOnlyList<SelectionNode> selections, TView source, bool isRoot = false)
        where TView : struct, IJsonView<TView>
    {
        var fields = FieldsOf(type, selections);
        var map = new ResultMap(fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var key = field.Key;
            if (field.IsTypename)
            {
                map.Set(i, key, type.Name);
                continue;
            }

            if (isRoot && field.IsIntrospection)
            {
                map.Set(i, key, introspection is not null && introspection.TryGetValue(key, out var value) ? value : null);
                continue;
            }

            var definitionType = field.Type ?? type.Fields[field.Name].Type;
            source.TryGetProperty(key, field.Utf8Key, out var raw); // missing: the default view, as null
            _path.Add(key);
            try
            {
                map.Set(i, key, Complete(definitionType, field, raw));
            }
            catch (NullPropagation) when (!definitionType.IsNonNull())
            {
                map.Set(i, key, null);
            }
            finally
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }

        return map;
    }

    private object? Complete<TView>(IType type, CollectedField field, TView value)
        where TView : struct, IJsonView<TView>
    {
        if (type is NonNullType nonNull)
        {
            var completed = Complete(nonNull.OfType, field, value);
            if (completed is null)
            {
                ReportNull();
                throw new NullPropagation();
            }

            return completed;
        }

        var kind = value.Kind;
        if (kind == JsonViewKind.Null)
        {
            return null;
        }

        if (type is ListType list)
        {
            return kind == JsonViewKind.Array ? CompleteList(list, field, value) : null;
        }

        var named = (INamedType)type;
        if (named.Kind is TypeKind.Scalar or TypeKind.Enum)
        {
            return value.ToLeaf();
        }

        if (kind != JsonViewKind.Object)
        {
            return null;
        }

        var objectType = named as ObjectType ?? ConcreteType(named, value);
        if (objectType is null)
        {
            return null;
        }

        return ShapeObject(objectType, field.SubSelections, value);
    }

    private object?[] CompleteList<TView>(ListType list, CollectedField field, TView value)
        where TView : struct, IJsonView<TView>
    {
        var count = value.GetArrayLength();
        var items = new object?[count];
        var views = ArrayPool<TView>.Shared.Rent(count);
        try
        {
            value.CopyItems(views.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                _path.Add(i);
                try
                {
                    items[i] = Complete(list.OfType, field, views[i]);
                }
                catch (NullPropagation) when (!list.OfType.IsNonNull())
                {
                    items[i] = null;
                }
                finally
                {
                    _path.RemoveAt(_path.Count - 1);
                }
            }
        }
        finally
        {
            ArrayPool<TView>.Shared.Return(views, clearArray: true);
        }

        return items;
    }

    private ObjectType? ConcreteType<TView>(INamedType abstractType, TView obj)
        where TView : struct, IJsonView<TView>
    {
        var typename = StringOf(obj, Planning.OperationPlanner.TypenameAlias) ?? StringOf(obj, "__typename");
        return typename is not null && schema.FindType(typename) is ObjectType concrete && schema.IsSubType(abstractType, concrete) ? concrete : null;
    }

    private static string? StringOf<TView>(TView obj, string property)
        where TView : struct, IJsonView<TView> =>
        obj.TryGetProperty(property, out var value) ? value.GetString() : null;

    /// <summary>The collected fields of <paramref name="selections"/> on <paramref name="type"/>: shared unless a variable decided them.</summary>
    private CollectedField[] FieldsOf(ObjectType type, IReadOnlyList<SelectionNode> selections)
    {
        var key = new ShapeKey(type, selections);
        if (cache.TryGet(key, out var shared))
        {
            return shared;
        }

        _readVariable = false;
        var collected = new List<(string Key, List<FieldNode> All)>();
        Collect(type, selections, collected);
        var fields = new CollectedField[collected.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            var (responseKey, all) = collected[i];
            var name = all[0].Name.Value;
            var isTypename = name == "__typename";
            var isIntrospection = name is "__schema" or "__type";
            var fieldType = isTypename || isIntrospection ? null : type.Fields[name].Type;
            fields[i] = new CollectedField(responseKey, System.Text.Encoding.UTF8.GetBytes(responseKey), name, isTypename, isIntrospection, fieldType, MergedSelections(all));
        }

        if (!_readVariable)
        {
            cache.Add(key, fields);
        }

        return fields;
    }

    private static IReadOnlyList<SelectionNode> MergedSelections(List<FieldNode> fields)
    {
        if (fields.Count == 1)
        {
            return fields[0].SelectionSet?.Selections ?? NoSelections;
        }

        var merged = new List<SelectionNode>();
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } set)
            {
                merged.AddRange(set.Selections);
            }
        }

        return merged.ToArray();
    }

    /// <summary>CollectFields (spec 6.3.2) over the normalized selections, with the request's variables.</summary>
    private void Collect(ObjectType type, IReadOnlyList<SelectionNode> selections, List<(string Key, List<FieldNode> All)> into)
    {
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case FieldNode field when Included(field.Directives):
                    var index = into.FindIndex(f => f.Key == field.ResponseKey);
                    if (index < 0)
                    {
                        into.Add((field.ResponseKey, [field]));
                    }
                    else
                    {
                        into[index].All.Add(field);
                    }

                    break;
                case InlineFragmentNode fragment when Included(fragment.Directives) && Applies(type, fragment.TypeCondition):
                    Collect(type, fragment.SelectionSet.Selections, into);
                    break;
            }
        }
    }

    private bool Applies(ObjectType type, NamedTypeNode? condition)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        return schema.FindType(condition.Name.Value) is { } conditionType && conditionType.Kind is TypeKind.Interface or TypeKind.Union && schema.IsSubType(conditionType, type);
    }

    private bool Included(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var argument = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value;
            _readVariable |= argument is VariableNode;
            var condition = argument switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
            if (condition == (name == "skip"))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportNull()
    {
        // One error per failure: a failed fetch reports at the first field it owns on each entity, so a null sibling
        // of that field (same parent object) is already explained.
        var path = _path;
        _errorPaths ??= errors.Where(e => e.Path is not null).Select(e => PathKey(e.Path!)).ToHashSet(StringComparer.Ordinal);
        var key = PathKey(path);
        var parent = PathKey(path.Take(path.Count - 1).ToArray());
        if (_errorPaths.Any(p => p == key || p.StartsWith(key + "/", StringComparison.Ordinal) || (path.Count > 1 && p.StartsWith(parent + "/", StringComparison.Ordinal))))
        {
            return;
        }

        _errorPaths.Add(key);
        errors.Add(new GraphQLError(
            $"Cannot return null for non-nullable field at path {string.Join('.', path)}.", null, path.ToArray(),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = FusionErrorCodes.SubgraphBadResponse }));
    }

    private static string PathKey(IReadOnlyList<object> path) => string.Join('/', path);
}

/// <summary>One response key (and its UTF-8 bytes) of a selection set on an object type: its field's type and the merged sub-selections.</summary>
internal sealed record CollectedField(string Key, byte[] Utf8Key, string Name, bool IsTypename, bool IsIntrospection, IType? Type, IReadOnlyList<SelectionNode> SubSelections);

/// <summary>A selection set (by reference: the plan's normalized operation owns it) on an object type.</summary>
internal readonly record struct ShapeKey(ObjectType Type, IReadOnlyList<SelectionNode> Selections)
{
    public bool Equals(ShapeKey other) => ReferenceEquals(Type, other.Type) && ReferenceEquals(Selections, other.Selections);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Type), RuntimeHelpers.GetHashCode(Selections));
}

/// <summary>The collected fields of one plan's selection sets that no variable decides (bounded by the operation's size).</summary>
internal sealed class ShapeCache
{
    private readonly ConcurrentDictionary<ShapeKey, CollectedField[]> _fields = new();

    public bool TryGet(ShapeKey key, out CollectedField[] fields) => _fields.TryGetValue(key, out fields!);

    public void Add(ShapeKey key, CollectedField[] fields) => _fields.TryAdd(key, fields);
}
